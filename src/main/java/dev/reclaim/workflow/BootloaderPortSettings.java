package dev.reclaim.workflow;

import dev.reclaim.link.SerialSettings;
import dev.reclaim.flash.bootloader.ModemLineSequence;

/**
 * How to reach a UART bootloader: baud rate, framing (8E1 on real adapters; 8N1 only for ptys, which drop parity)
 * and the fixture's entry/exit line sequence.
 */
public record BootloaderPortSettings(SerialSettings serial, ModemLineSequence lines) {
    public static BootloaderPortSettings defaults() {
        return new BootloaderPortSettings(SerialSettings.bootloader(115200), ModemLineSequence.NONE);
    }
}

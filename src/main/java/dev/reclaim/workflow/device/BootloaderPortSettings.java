package dev.reclaim.workflow.device;

import dev.reclaim.link.SerialSettings;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import java.util.Optional;

/**
 * How to reach a UART bootloader: baud rate, framing (8E1 on real adapters; 8N1 only for ptys, which drop parity)
 * and the fixture's entry/exit line sequence.
 */
public record BootloaderPortSettings(SerialSettings serial, ModemLineSequence lines) {
    public static BootloaderPortSettings defaults() {
        return new BootloaderPortSettings(SerialSettings.bootloader(115200), ModemLineSequence.NONE);
    }

    /**
     * @param evenParity 8E1 (real adapters) or 8N1 (pseudo-terminals)
     * @param lines      entry[:exit] sequence in stm32flash {@code -i} notation, if any
     * @throws IllegalArgumentException naming what is wrong with the line sequence
     */
    public static BootloaderPortSettings of(int baud, boolean evenParity, Optional<String> lines) {
        return new BootloaderPortSettings(evenParity ? SerialSettings.bootloader(baud) : SerialSettings.log(baud),
                lines.map(ModemLineSequence::parse).orElse(ModemLineSequence.NONE));
    }
}

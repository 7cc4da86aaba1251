package dev.reclaim.workflow.device;

import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.link.SerialLink;
import dev.reclaim.workflow.BootloaderPortSettings;
import java.util.List;

/** {@code bootloader:PORT}: the STM32 system bootloader (AN3155) on a USB-serial adapter (BOOT0 high, 8E1). */
final class UartBootloaderKind implements DeviceKind {
    @Override
    public String prefix() {
        return "bootloader";
    }

    @Override
    public String form() {
        return "bootloader:PORT";
    }

    @Override
    public String summary() {
        return "the STM32 UART bootloader, BOOT0 high then reset";
    }

    @Override
    public String accessLabel() {
        return "UART bootloader";
    }

    @Override
    public Attachment attachment() {
        return Attachment.SERIAL_PORT;
    }

    @Override
    public String argument(String text) {
        return SerialPorts.required(prefix(), text);
    }

    @Override
    public String describe(String argument) {
        return "UART bootloader on " + argument;
    }

    @Override
    public List<Candidate> candidates() {
        return SerialPorts.list();
    }

    @Override
    public boolean reachesFlash() {
        return true;
    }

    @Override
    public boolean reachesLog() {
        return false;
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        BootloaderPortSettings port = options.bootloader();
        port.lines().requireModemLinesOnly();
        return new PortConnection(describe(argument), () -> BootloaderTarget.open(
                SerialLink.open(argument, port.serial()), port.lines(),
                BootloaderTimeouts.forByteRate(port.serial().bytesPerSecond())));
    }
}

package dev.reclaim.workflow.device;

import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.link.SerialLink;
import dev.reclaim.workflow.device.BootloaderPortSettings;

/** {@code bootloader:PORT}: the STM32 system bootloader (AN3155) on a USB-serial adapter (BOOT0 high, 8E1). */
final class UartBootloaderKind extends SerialPortKind {
    UartBootloaderKind() {
        super("bootloader", "the STM32 UART bootloader, BOOT0 high then reset", "UART bootloader", Reaches.FLASH);
    }

    @Override
    public String describe(String argument) {
        return "UART bootloader on " + argument;
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

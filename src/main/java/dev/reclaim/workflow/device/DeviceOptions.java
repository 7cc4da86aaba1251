package dev.reclaim.workflow.device;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;

/**
 * How to run what a spec opens: the simulated P1's timing, the line settings of a UART bootloader, and how an
 * ST-Link attaches.
 *
 * @param simulator  for {@code sim} and {@code sim-stlink}
 * @param bootloader for {@code bootloader:PORT}
 * @param stLink     for {@code stlink} and {@code sim-stlink}
 */
public record DeviceOptions(SimulatorOptions simulator, BootloaderPortSettings bootloader, StLinkSettings stLink) {
    public DeviceOptions(SimulatorOptions simulator, BootloaderPortSettings bootloader) {
        this(simulator, bootloader, StLinkSettings.defaults());
    }

    public DeviceOptions withStLink(StLinkSettings settings) {
        return new DeviceOptions(simulator, bootloader, settings);
    }

    /** The command line: a realistic simulator (real flash times), the bootloader as the user set it. */
    public static DeviceOptions commandLine(BootloaderPortSettings bootloader) {
        return new DeviceOptions(SimulatorOptions.realistic(), bootloader);
    }

    /**
     * The workstation: real flash erase and program times (a write takes as long as on a device), but the
     * simulator's firmware prints each boot's connection attempt at once, with the device's own time stamps,
     * instead of five seconds later — so a first launch shows the failing handshake right away.
     */
    public static DeviceOptions workstation() {
        return new DeviceOptions(SimulatorOptions.realistic().withInstantFirmware(), BootloaderPortSettings.defaults());
    }
}

package dev.reclaim.workflow.device;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import java.util.List;

/**
 * How to run what a spec opens: the simulated P1's timing, the line settings of a UART bootloader, and how an
 * ST-Link attaches.
 *
 * @param simulator  for {@code sim} and {@code sim-stlink}
 * @param bootloader for {@code bootloader:PORT}
 * @param stLink     for {@code stlink} and {@code sim-stlink}
 * @param cloudFails for {@code sim} and {@code sim-stlink}: the simulated cloud's API calls answered with HTTP 503
 *                   (register, claim, unclaim, lookup, product), for fault tests, as
 *                   {@code reclaim simulate --cloud-fail}
 */
public record DeviceOptions(SimulatorOptions simulator, BootloaderPortSettings bootloader, StLinkSettings stLink,
                            List<String> cloudFails) {
    public DeviceOptions {
        cloudFails = List.copyOf(cloudFails);
    }

    public DeviceOptions(SimulatorOptions simulator, BootloaderPortSettings bootloader, StLinkSettings stLink) {
        this(simulator, bootloader, stLink, List.of());
    }

    public DeviceOptions(SimulatorOptions simulator, BootloaderPortSettings bootloader) {
        this(simulator, bootloader, StLinkSettings.defaults());
    }

    public DeviceOptions withStLink(StLinkSettings settings) {
        return new DeviceOptions(simulator, bootloader, settings, cloudFails);
    }

    /** The simulated cloud answers these calls (register, claim, unclaim, lookup, product) with HTTP 503. */
    public DeviceOptions withCloudFails(List<String> calls) {
        return new DeviceOptions(simulator, bootloader, stLink, calls);
    }

    /** The simulated P1 with this chip UID (24 hex digits): a new device, as a station's next one. */
    public DeviceOptions withSimulatedUid(String hex) {
        return new DeviceOptions(simulator.withUid(hex), bootloader, stLink, cloudFails);
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

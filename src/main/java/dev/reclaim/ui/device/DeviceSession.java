package dev.reclaim.ui.device;

import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.sim.Scenario;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.workflow.BootloaderPortSettings;
import dev.reclaim.workflow.DeviceConnector;
import dev.reclaim.workflow.DeviceSpec;
import java.io.IOException;
import java.util.Optional;

/**
 * What Reclaim holds open for the selected device: for the simulated P1 the running simulator (its log UART and
 * its bootloader belong to the same device, so a DCT written through the bootloader shows in the next boot's log);
 * for a port or an ST-Link probe, nothing until it is used. Flash access always goes through {@link GuardedFlashTarget#dctOnly}.
 */
public final class DeviceSession implements AutoCloseable {
    private final DeviceSpec spec;
    private final InProcessSimulator simulator;
    private final Scenario scenario;

    private DeviceSession(DeviceSpec spec, InProcessSimulator simulator, Scenario scenario) {
        this.spec = spec;
        this.simulator = simulator;
        this.scenario = scenario;
    }

    /**
     * Opens the device a spec names; for {@code sim:SCENARIO} this powers the simulated P1 on.
     *
     * @throws IllegalArgumentException for a spec this build cannot work with (the message lists what it can)
     */
    public static DeviceSession open(DeviceSpec spec, SimulatorOptions options) {
        return switch (spec.kind()) {
            case SIM -> new DeviceSession(spec, SimulatedDevices.startInProcess(spec.argument(), options),
                    Scenarios.load(spec.argument()));
            case BOOTLOADER, SERIAL, STLINK -> new DeviceSession(spec, null, null);
            default -> throw new IllegalArgumentException("'" + spec + "' is not for the workstation: use"
                    + " sim[:SCENARIO], stlink[:SERIAL], bootloader:PORT or serial:PORT.");
        };
    }

    public DeviceSpec spec() {
        return spec;
    }

    /** "simulated P1 (keys-rejected)", "UART bootloader on /dev/ttyUSB0", "log port /dev/ttyUSB0". */
    public String description() {
        return switch (spec.kind()) {
            case SIM -> simulator.description();
            case BOOTLOADER -> "UART bootloader on " + spec.argument();
            case STLINK -> "ST-Link" + (spec.argument().isEmpty() ? "" : " " + spec.argument());
            default -> "log port " + spec.argument();
        };
    }

    /** The scenario of a simulated device (its firmware version, what is wrong with it). */
    public Optional<Scenario> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** The simulated P1's log UART (its firmware's log lines), if this is the simulator. */
    public Optional<ByteLink> simulatorLog() {
        return Optional.ofNullable(simulator).map(InProcessSimulator::logUart);
    }

    /** The serial port the device's log comes out of, if it was picked as a log port. */
    public Optional<String> logPort() {
        return spec.kind() == DeviceSpec.Kind.SERIAL ? Optional.of(spec.argument()) : Optional.empty();
    }

    /** True when Reclaim can listen to this device's log. */
    public boolean hasLog() {
        return simulatorLog().isPresent() || logPort().isPresent();
    }

    /** True when Reclaim can read and write this device's flash. */
    public boolean hasFlashAccess() {
        return spec.kind() != DeviceSpec.Kind.SERIAL;
    }

    /**
     * Connects to the device's flash, allowed to change the DCT sectors only; the caller closes it, which resets
     * the device back into its firmware.
     */
    public GuardedFlashTarget openTarget() throws IOException {
        if (spec.kind() == DeviceSpec.Kind.SIM) {
            return GuardedFlashTarget.dctOnly(simulator.openBootloader());
        }
        if (spec.kind() == DeviceSpec.Kind.BOOTLOADER || spec.kind() == DeviceSpec.Kind.STLINK) {
            DeviceConnector ports = new DeviceConnector(name -> {
                throw new IllegalArgumentException("not a simulator: " + name);
            });
            return GuardedFlashTarget.dctOnly(ports.open(spec, BootloaderPortSettings.defaults()));
        }
        throw new IOException(description() + " carries the device's log only: to read or write its DCT, pick the"
                + " port as \"UART bootloader\" (BOOT0 high, then reset).");
    }

    /** Switches a simulated device off; a port needs nothing. */
    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}

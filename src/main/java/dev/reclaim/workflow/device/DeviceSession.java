package dev.reclaim.workflow.device;

import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The device a front end works on, from its spec to its close: for the simulated P1 the running simulator (its
 * log UART and its flash belong to the same device, so a DCT written shows in the next boot's log); for a port or
 * a probe, nothing until it is used. Flash access always goes through {@link GuardedFlashTarget#dctOnly}.
 */
public final class DeviceSession implements AutoCloseable {
    private final DeviceSpec spec;
    private final Connection connection;

    private DeviceSession(DeviceSpec spec, Connection connection) {
        this.spec = spec;
        this.connection = connection;
    }

    /**
     * Opens the device a spec names; for the simulator this powers the simulated P1 on.
     *
     * @throws IOException              when the device cannot be reached
     * @throws IllegalArgumentException when the options do not suit the device (e.g. a line sequence a USB-serial
     *                                  adapter cannot drive)
     */
    public static DeviceSession open(DeviceSpec spec, DeviceOptions options) throws IOException {
        return new DeviceSession(spec, spec.kind().open(spec.argument(), options));
    }

    public DeviceSpec spec() {
        return spec;
    }

    /** "simulated P1 (keys-rejected)", "UART bootloader on /dev/ttyUSB0", "log port /dev/ttyUSB0". */
    public String description() {
        return connection.description();
    }

    /** The scenario of a simulated device (its firmware version, what is wrong with it). */
    public Optional<ScenarioSummary> scenario() {
        return connection.scenario();
    }

    /** The device's log, if Reclaim can hear it. */
    Optional<LogSource> logSource() {
        return logSource(new SerialLogSource.PortListener() { });
    }

    /** The device's log; {@code ports} hears a log port go away and come back. */
    public Optional<LogSource> logSource(SerialLogSource.PortListener ports) {
        return connection.logSource(ports);
    }


    /**
     * The simulator's own cloud (its Cloud API served over HTTP on loopback, with its token), so a key registered
     * there decides the simulated device's next handshake; empty for a real device.
     *
     * @throws IOException when the simulated cloud cannot be served
     */
    public Optional<CloudSettings> simulatedCloud() throws IOException {
        return connection.simulatedCloud();
    }

    /**
     * The cloud this device's workflows talk to: {@code cloudOption} ({@code --cloud URL}) when given, else the
     * simulator's own cloud for a simulated device, else the user's (particle-cli's {@code apiUrl} or
     * api.particle.io, token from {@code PARTICLE_ACCESS_TOKEN} or particle-cli's config).
     */
    public CloudSettings cloud(Optional<URI> cloudOption) throws IOException {
        if (cloudOption.isEmpty()) {
            Optional<CloudSettings> own = simulatedCloud();
            if (own.isPresent()) {
                return own.get();
            }
        }
        return CloudSettings.find(cloudOption);
    }

    /** True when Reclaim can listen to this device's log. */
    public boolean hasLog() {
        return spec.kind().reachesLog();
    }

    /** True when Reclaim can read and write this device's flash. */
    public boolean hasFlashAccess() {
        return spec.kind().reachesFlash();
    }

    /** True when the device is Reclaim's own simulation (its state is worth showing at once). */
    public boolean simulated() {
        return spec.kind().attachment() == Attachment.SIMULATOR;
    }

    /**
     * Connects to the device's flash, allowed to change the DCT sectors only; the caller closes it, which resets
     * the device back into its firmware.
     */
    public GuardedFlashTarget openTarget() throws IOException {
        return GuardedFlashTarget.dctOnly(connection.openFlash());
    }

    /** Switches a simulated device off; a port needs nothing. */
    @Override
    public void close() {
        connection.close();
    }
}

package dev.reclaim.workflow.device;

import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import java.io.IOException;
import java.util.Optional;

/** What a kind holds open for a {@link DeviceSession}: the device's flash on demand and its log, if it has them. */
public interface Connection extends AutoCloseable {
    /** For the user: "simulated P1 (keys-rejected)", "UART bootloader on /dev/ttyUSB0". */
    String description();

    /** The simulated device's scenario, if this is the simulator. */
    default Optional<ScenarioSummary> scenario() {
        return Optional.empty();
    }

    /** The device's log, if this connection hears it; {@code ports} hears a serial port come and go. */
    default Optional<LogSource> logSource(SerialLogSource.PortListener ports) {
        return Optional.empty();
    }

    /**
     * The simulator's own cloud served over HTTP on loopback, with the one token it accepts; empty for a real device.
     *
     * @throws IOException when it cannot be served
     */
    default Optional<CloudSettings> simulatedCloud() throws IOException {
        return Optional.empty();
    }

    /**
     * Connects to the device's flash; the caller closes the target, which resets the device into its firmware.
     *
     * @throws IOException when it cannot be reached, or this connection carries no flash access
     */
    FlashTarget openFlash() throws IOException;

    /** Lets go; a simulator is switched off. */
    @Override
    void close();
}

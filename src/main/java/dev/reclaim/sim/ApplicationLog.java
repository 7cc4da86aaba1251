package dev.reclaim.sim;

import java.io.IOException;

/**
 * The log of a stock Photon/P1 on Device OS 0.7.0 or newer: the firmware is built with
 * {@code LOG_COMPILE_TIME_LEVEL=LOG_LEVEL_NONE} for platforms 6 and 8, so no system, comm or hal line is printed
 * (dct-layout-and-handshake.md §0). What reaches the serial port is the application reacting to the
 * {@code cloud_status} system event, as in the seed log ({@code [app] INFO: Event: Cloud status changed -
 * Disconnected [64, 0]}). Only the cloud can tell whether such a device's handshake worked.
 */
final class ApplicationLog implements AttemptLog {
    /** The cloud_status event (1 << 6) and its values; 0 and 1 are in the seed log, 8 is UNVERIFIED. */
    private static final int CLOUD_STATUS = 64;
    private static final int DISCONNECTED = 0;
    private static final int CONNECTING = 1;
    private static final int CONNECTED = 8;

    private final DeviceLog log;

    ApplicationLog(DeviceLog log) {
        this.log = log;
    }

    @Override
    public void attempt(ServerEndpoint address, String resolvedIp, HandshakeOutcome outcome) throws IOException {
        // The spacing is the seed log's: Connecting 10 ms after the attempt starts, Disconnected 1.24 s later.
        log.after(10).app(status("Connecting", CONNECTING));
        if (outcome == HandshakeOutcome.CONNECTED) {
            log.after(1650).app(status("Connected", CONNECTED));
        } else {
            log.after(1230).app(status("Disconnected", DISCONNECTED));
        }
    }

    private static String status(String name, int value) {
        return "Event: Cloud status changed - " + name + " [" + CLOUD_STATUS + ", " + value + "]";
    }
}

package dev.reclaim.sim;

import dev.reclaim.sim.DeviceLog.Level;
import java.io.IOException;

/**
 * The log lines of one cloud connection attempt, exactly as Device OS 0.6.x/0.7.x print them (system category and
 * the legacy {@code SparkProtocol} handshake, {@code comm.sparkprotocol.handshake}), with the spacing in time of a
 * real P1 log. The strings come from the Device OS sources (see dct-layout-and-handshake.md §3, §5.3).
 */
final class ConnectionLog {
    static final String SYSTEM = "system";
    static final String HANDSHAKE = "comm.sparkprotocol.handshake";
    /** WICED_CONNECTION_CLOSED, negated, as socket_receive returns it. */
    static final int CONNECTION_CLOSED = -19;
    /** ProtocolError DECRYPTION_ERROR, returned raw by set_key. */
    static final int DECRYPTION_ERROR = 6;
    static final int DEFAULT_PORT = 5683;

    private final DeviceLog log;
    private final DeviceOsVersion version;

    ConnectionLog(DeviceLog log, DeviceOsVersion version) {
        if (!version.atLeast(DeviceOsVersion.V0_6_0) || version.atLeast(DeviceOsVersion.V0_8_0)) {
            throw new IllegalArgumentException("the simulator prints the logs of Device OS 0.6.x and 0.7.x, not "
                    + version);
        }
        this.log = log;
        this.version = version;
    }

    /**
     * One attempt: server address, DNS, socket, handshake stages, outcome.
     *
     * @param address      what the DCT's server address decodes to; null host for a blank/invalid type
     * @param addressType  the raw type byte (0 IP, 1 domain, 255 blank)
     * @param resolvedIp   the address DNS gives for the host, null when it does not resolve
     */
    void attempt(String address, int addressType, int port, String resolvedIp, HandshakeOutcome outcome)
            throws IOException {
        log.line(SYSTEM, Level.INFO, "Cloud: connecting");
        String host = address;
        if (addressType != 0 && addressType != 1) {
            log.after(10);
            if (version.atLeast(DeviceOsVersion.V0_7_0)) {
                // Level of this line is UNVERIFIED; the text is from system_cloud_internal.cpp (v0.7+).
                log.line(SYSTEM, Level.WARN, "Public Server Address was blank, restoring.");
            } else {
                log.line(SYSTEM, Level.WARN, "Read Server Address = type:" + addressType
                        + ",defaulting to device.spark.io");
            }
            host = "device.spark.io";
            port = DEFAULT_PORT;
        }
        int usedPort = port == 0 || port == 0xFFFF ? DEFAULT_PORT : port;
        String ip = addressType == 0 ? address : resolvedIp;
        if (addressType != 0) {
            log.after(5);
            if (ip == null) {
                // The wording of a failed lookup is not in the reference: UNVERIFIED.
                log.line(SYSTEM, Level.ERROR, "Cloud socket connection failed: -1");
                disconnect();
                return;
            }
            log.line(SYSTEM, Level.INFO, "Resolved host " + host + " to " + ip);
        }
        log.after(288).line(SYSTEM, Level.INFO, "connected to cloud " + ip + ":" + usedPort);
        log.after(12).line(SYSTEM, Level.INFO, "Cloud socket connected");
        log.after(11).line(SYSTEM, Level.INFO, "Starting handshake: presense_announce=1");
        log.after(10).line(HANDSHAKE, Level.INFO, "Started: Receive nonce");
        log.after(253).line(HANDSHAKE, Level.INFO, "Encrypting handshake nonce");
        log.after(83).line(HANDSHAKE, Level.INFO, "Sending encrypted nonce");
        log.after(11).line(HANDSHAKE, Level.INFO, "Receive key");
        if (outcome == HandshakeOutcome.CLOSED_BY_CLOUD) {
            log.after(264).line(HANDSHAKE, Level.ERROR, "Unable to receive key " + CONNECTION_CLOSED);
            failed(CONNECTION_CLOSED);
            return;
        }
        log.after(262).line(HANDSHAKE, Level.INFO, "Setting key");
        if (outcome == HandshakeOutcome.SET_KEY_FAILED) {
            log.after(40).line(HANDSHAKE, Level.ERROR, "Could not set key, " + DECRYPTION_ERROR);
            failed(DECRYPTION_ERROR);
            return;
        }
        log.after(45).line(HANDSHAKE, Level.INFO, "Sending HELLO message");
        log.after(12).line(HANDSHAKE, Level.INFO, "Receiving HELLO response");
        log.after(150).line(HANDSHAKE, Level.INFO, "Completed");
        log.after(10).line(SYSTEM, Level.INFO, "Cloud connected");
    }

    private void failed(int code) throws IOException {
        log.after(9).line(SYSTEM, Level.WARN, "Cloud handshake failed, code=" + code);
        disconnect();
    }

    private void disconnect() throws IOException {
        log.after(261).line(SYSTEM, Level.INFO, "Cloud: disconnecting");
        log.after(11).line(SYSTEM, Level.INFO, "Cloud: disconnected");
    }
}

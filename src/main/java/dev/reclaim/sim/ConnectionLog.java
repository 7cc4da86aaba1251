package dev.reclaim.sim;

import java.io.IOException;
import java.util.Map;

/**
 * The log of one cloud connection attempt as Device OS 0.6.x/0.7.x print it (system lines and the legacy
 * {@code SparkProtocol} handshake), with the spacing in time of a real P1 log (the -19 fixture). Which lines and
 * in which order: dct-layout-and-handshake.md §3 and §5.3; the texts are the log engine's catalogue entries.
 */
final class ConnectionLog implements AttemptLog {
    /** WICED_CONNECTION_CLOSED, negated, as socket_receive returns it. */
    static final int CONNECTION_CLOSED = -19;
    /** ProtocolError DECRYPTION_ERROR, returned raw by set_key. */
    static final int DECRYPTION_ERROR = 6;
    /** What "Could not set key, %d" prints on 0.6-0.7: an uninitialised value (no argument is passed). */
    private static final int UNINITIALISED = 536895672;
    static final int DEFAULT_PORT = 5683;
    static final String DEFAULT_HOST = "device.spark.io";

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
     * @param address    what the DCT's server address says
     * @param resolvedIp what DNS gives for the host the device ends up using; null when it does not resolve
     */
    @Override
    public void attempt(ServerEndpoint address, String resolvedIp, HandshakeOutcome outcome) throws IOException {
        log.line("system.cloud-connecting");
        ServerEndpoint used = address;
        if (!address.valid()) {
            log.after(10);
            if (version.atLeast(DeviceOsVersion.V0_7_0)) {
                // 0.7+ restores the backup address before reading it (system_cloud_internal.cpp).
                log.line("system.server-address-restored");
                used = ServerEndpoint.domain(DEFAULT_HOST, DEFAULT_PORT);
                log.after(4).line("system.server-address-domain", Map.of("type", 1, "domain", DEFAULT_HOST));
            } else {
                log.line("system.server-address-defaulting", Map.of("type", address.typeByte()));
                used = ServerEndpoint.domain(DEFAULT_HOST, DEFAULT_PORT);
            }
        } else if (address.isIp()) {
            log.after(10).line("system.server-address-ip",
                    Map.of("domain", ipBytesAsText(address.host()), "ip", address.host(), "port", address.port()));
        } else {
            log.after(10).line("system.server-address-domain", Map.of("type", 1, "domain", address.host()));
        }
        String ip = used.isIp() ? used.host() : resolvedIp;
        if (!used.isIp()) {
            log.after(5);
            if (ip == null) {
                log.line("system.dns-failed", Map.of("host", used.host(), "err", -1));
                return;
            }
            log.line("system.dns-resolved-host", Map.of("host", used.host(), "ip", ip));
        }
        log.after(288).line("system.connected-to-cloud", Map.of("ip", ip, "port", used.port()));
        log.after(12).line("system.socket-connected");
        log.after(11).line("system.starting-handshake", Map.of("n", 1));
        log.after(10).line("legacy.receive-nonce");
        log.after(253).line("legacy.encrypt-nonce");
        log.after(83).line("legacy.send-nonce");
        log.after(11).line("legacy.receive-key");
        if (outcome == HandshakeOutcome.CLOSED_BY_CLOUD) {
            log.after(264).line("legacy.receive-key-failed", Map.of("code", CONNECTION_CLOSED));
            failed(CONNECTION_CLOSED);
            return;
        }
        log.after(259).line("legacy.set-key");
        if (outcome == HandshakeOutcome.SET_KEY_FAILED) {
            // The firmware passes no argument to "Could not set key, %d": the number is whatever was in the register.
            log.after(114).line("legacy.set-key-failed", Map.of("garbage", UNINITIALISED));
            failed(DECRYPTION_ERROR);
            return;
        }
        log.after(180).line("legacy.send-hello");
        log.after(5).line("legacy.receive-hello");
        log.after(225).line("legacy.completed");
        log.after(11).line("system.cloud-connected");
    }

    private void failed(int code) throws IOException {
        log.after(9).line("system.handshake-failed", Map.of("code", code));
        log.after(261).line("system.disconnecting");
        log.after(11).line("system.disconnected");
    }

    /**
     * What "domain:%s" shows for a type-0 address: the firmware prints the IP's four bytes as a C string. Bytes that
     * are not printable ASCII become '?' here (the serial log is ASCII); a zero byte ends the string.
     */
    static String ipBytesAsText(String dottedIp) {
        StringBuilder sb = new StringBuilder();
        for (String part : dottedIp.split("\\.")) {
            int b = Integer.parseInt(part);
            if (b == 0) {
                break;
            }
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return sb.toString();
    }
}

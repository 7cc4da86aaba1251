package dev.reclaim.log;

/**
 * What the code of "Cloud handshake failed, code=N" says about the firmware: 0.4-0.7 pass the raw negative socket
 * result up, 0.8-1.5 a ProtocolError (0 and above), and 2.x convert everything to a system error (-100 and below).
 * One system error is older: -230 (SYSTEM_ERROR_NETWORK, the server name did not resolve or no socket) is returned
 * by the connection code already on 1.1-1.5 (led-patterns-and-diagnosis.md, correction 14).
 */
final class FinalCodes {
    private static final VersionRange LEGACY = VersionRange.parse("0.4-0.7");
    private static final VersionRange PROTOCOL_ERRORS = VersionRange.parse("0.4-1.5");
    private static final VersionRange SYSTEM_ERRORS = VersionRange.parse(">=2.0");
    static final int NETWORK_ERROR = -230;
    private static final VersionRange NETWORK_ERROR_FIRMWARE = VersionRange.parse(">=1.1");

    private FinalCodes() {
    }

    static VersionRange firmwareFor(int code, Generation known) {
        if (code >= 0) {
            return PROTOCOL_ERRORS;
        }
        if (code > -100) {
            return LEGACY;
        }
        // Below -100: a system error, unless the log already shows the legacy protocol (an RSA library error).
        if (known.protocol() == Protocol.SPARK_PROTOCOL) {
            return LEGACY;
        }
        return code == NETWORK_ERROR ? NETWORK_ERROR_FIRMWARE : SYSTEM_ERRORS;
    }
}

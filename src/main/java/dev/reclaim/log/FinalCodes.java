package dev.reclaim.log;

/**
 * What the code of "Cloud handshake failed, code=N" says about the firmware: 0.4-0.7 pass the raw negative socket
 * result up, 0.8-1.5 a ProtocolError (0 and above), and 2.x convert everything to a system error (-100 and below).
 */
final class FinalCodes {
    private static final VersionRange LEGACY = VersionRange.parse("0.4-0.7");
    private static final VersionRange PROTOCOL_ERRORS = VersionRange.parse("0.4-1.5");
    private static final VersionRange SYSTEM_ERRORS = VersionRange.parse(">=2.0");

    private FinalCodes() {
    }

    static VersionRange firmwareFor(int code, Generation known) {
        if (code >= 0) {
            return PROTOCOL_ERRORS;
        }
        if (code > -100) {
            return LEGACY;
        }
        // Below -100: a 2.x system error, unless the log already shows the legacy protocol (an RSA library error).
        return known.protocol() == Protocol.SPARK_PROTOCOL ? LEGACY : SYSTEM_ERRORS;
    }
}

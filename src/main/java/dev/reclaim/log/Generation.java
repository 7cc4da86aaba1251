package dev.reclaim.log;

/**
 * What the log tells about the firmware that wrote it: the protocol implementation and the Device OS release lines
 * that print these exact lines. Narrowed as evidence arrives (a category, a spelling, a server-address message).
 */
public record Generation(Protocol protocol, VersionRange versions) {
    public static final Generation UNKNOWN = new Generation(Protocol.UNKNOWN, VersionRange.ANY);

    public Generation narrow(Protocol p, VersionRange v) {
        Protocol merged = protocol.merge(p);
        VersionRange narrowed = versions.narrow(v);
        return merged == protocol && narrowed == versions ? this : new Generation(merged, narrowed);
    }

    /** "Device OS 0.6.x, legacy SparkProtocol". */
    public String describe() {
        String v = versions.isAny() ? "Device OS version unknown" : "Device OS " + versions.describe();
        return protocol == Protocol.UNKNOWN ? v : v + ", " + protocol.label();
    }
}

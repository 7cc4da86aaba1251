package dev.reclaim.log;

/** Which cloud protocol implementation wrote the handshake lines. */
public enum Protocol {
    UNKNOWN("unknown", "protocol not seen"),
    /** The legacy {@code SparkProtocol} of Device OS 0.4 to 0.7 on the Photon/P1 (returns raw socket errors). */
    SPARK_PROTOCOL("spark-protocol", "legacy SparkProtocol"),
    /** {@code particle::protocol::Protocol} (0.8+), channel not yet known. */
    PARTICLE_PROTOCOL("particle-protocol", "Particle protocol"),
    /** Protocol over the LightSSL TCP channel: the Photon/P1 from 0.8 on. */
    LIGHTSSL("lightssl", "Particle protocol over LightSSL (TCP)"),
    /** Protocol over DTLS (UDP): Electron and Gen3, not the Photon/P1. */
    DTLS("dtls", "Particle protocol over DTLS (UDP)");

    private final String id;
    private final String label;

    Protocol(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Protocol fromId(String id) {
        for (Protocol p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + id + "'");
    }

    /** Combines evidence: a channel refines the generic protocol; on a real conflict the newer evidence wins. */
    public Protocol merge(Protocol newer) {
        if (newer == this || newer == UNKNOWN) {
            return this;
        }
        if (this == UNKNOWN || this == PARTICLE_PROTOCOL && (newer == LIGHTSSL || newer == DTLS)) {
            return newer;
        }
        if (newer == PARTICLE_PROTOCOL && (this == LIGHTSSL || this == DTLS)) {
            return this;
        }
        return newer;
    }
}

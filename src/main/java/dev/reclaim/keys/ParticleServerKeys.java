package dev.reclaim.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Particle's public device-cloud keys, shipped in the jar exactly as particle-cli's {@code keys server} writes
 * them: the DER key, 0xFF fill, then the server address block (TCP: 512 bytes, key RSA-2048; UDP: 320 bytes,
 * key EC P-256). Used for the "is this the known Particle key" check and for {@code server_public_key=particle}.
 */
public final class ParticleServerKeys {
    private static final byte[] TCP_FILE = load("particle-tcp-server-key.der");
    private static final byte[] UDP_FILE = load("particle-udp-server-key.der");
    private static final RsaPublicKey TCP_KEY = parseTcp();

    private ParticleServerKeys() {
    }

    /** Particle's TCP (Photon/P1) server key, RSA-2048. */
    public static RsaPublicKey tcpKey() {
        return TCP_KEY;
    }

    /** The 512-byte file particle-cli writes to DCT offset 2082 (key + fill + address device.spark.io). */
    public static byte[] tcpKeyFile() {
        return TCP_FILE.clone();
    }

    /** The 320-byte UDP server-key file (key EC P-256 + fill + address $id.udp.particle.io). */
    public static byte[] udpKeyFile() {
        return UDP_FILE.clone();
    }

    public static boolean isParticleTcpKey(RsaPublicKey key) {
        return TCP_KEY.equals(key);
    }

    private static RsaPublicKey parseTcp() {
        try {
            return RsaKeys.parsePublicDer(TCP_FILE);
        } catch (KeyFormatException e) {
            throw new IllegalStateException("the bundled Particle TCP server key does not parse", e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = ParticleServerKeys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/reclaim/keys/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.reclaim.keys;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * RSA keys for tests, generated at run time (never committed) from a fixed seed, once per JVM: key generation is
 * slow, and fixed keys make failures reproducible.
 */
public final class TestKeys {
    private TestKeys() {
    }

    /** The device key of the healthy test DCT (RSA-1024). */
    public static RsaPrivateKey device() {
        return Device.KEY;
    }

    /** Another RSA-1024 device key (for key pair mismatches). */
    public static RsaPrivateKey otherDevice() {
        return Other.KEY;
    }

    /** An RSA-2048 key standing for a private cloud's server key. */
    public static RsaPrivateKey customServer() {
        return Server.KEY;
    }

    static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // one holder per key, so a test pays only for the keys it uses (lazy class initialisation)
    private static final class Device {
        static final RsaPrivateKey KEY = RsaKeys.generateDeviceKey(seeded(1));
    }

    private static final class Other {
        static final RsaPrivateKey KEY = RsaKeys.generateDeviceKey(seeded(2));
    }

    private static final class Server {
        static final RsaPrivateKey KEY = RsaKeys.generate(2048, seeded(3));
    }
}

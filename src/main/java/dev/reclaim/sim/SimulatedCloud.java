package dev.reclaim.sim;

import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Particle device cloud as a simulated P1 meets it: a name server for the cloud host, the genuine server key,
 * and the device public keys on file per device ID. It decides a handshake the way the real cloud behaves toward a
 * Photon/P1 (dct-layout-and-handshake.md §5.4, particle-tooling-and-cloud.md §4.1): if it cannot decrypt the
 * device's 256-byte block (the device used another server key) or has no matching public key for the device ID,
 * it closes the connection, which the device reports as -19.
 * <p>
 * Decryption is modelled by comparing keys rather than running RSA, since only Particle holds the server's
 * private key; the outcome is the same.
 */
public final class SimulatedCloud {
    public static final String DEVICE_HOST = "device.spark.io";
    /** The address in the real -19 log this simulator reproduces. */
    public static final String DEVICE_HOST_IP = "107.22.28.43";

    private final Map<String, RsaPublicKey> deviceKeys = new ConcurrentHashMap<>();
    private final RsaPublicKey serverKey;

    private SimulatedCloud(RsaPublicKey serverKey) {
        this.serverKey = serverKey;
    }

    /** The cloud a Photon/P1 talks to over TCP: Particle's RSA-2048 server key, device.spark.io. */
    public static SimulatedCloud particle() {
        return new SimulatedCloud(ParticleServerKeys.tcpKey());
    }

    public RsaPublicKey serverKey() {
        return serverKey;
    }

    /** Puts a device's public key on file (what {@code particle keys send} does), replacing an older one. */
    public void register(String deviceId, RsaPublicKey key) {
        deviceKeys.put(deviceId, key);
    }

    public Optional<RsaPublicKey> registeredKey(String deviceId) {
        return Optional.ofNullable(deviceKeys.get(deviceId));
    }

    public Optional<String> resolve(String host) {
        return DEVICE_HOST.equalsIgnoreCase(host) ? Optional.of(DEVICE_HOST_IP) : Optional.empty();
    }

    /**
     * The cloud's side of one handshake.
     *
     * @param serverKeyUsed   the server key the device encrypted with (empty: its slot held no readable key)
     * @param devicePublicKey the public key the device sent
     */
    public HandshakeOutcome handshake(String deviceId, Optional<RsaPublicKey> serverKeyUsed,
                                      RsaPublicKey devicePublicKey) {
        boolean canDecrypt = serverKeyUsed.map(serverKey::equals).orElse(false);
        boolean knowsDevice = devicePublicKey.equals(deviceKeys.get(deviceId));
        return canDecrypt && knowsDevice ? HandshakeOutcome.CONNECTED : HandshakeOutcome.CLOSED_BY_CLOUD;
    }
}

package dev.reclaim.sim;

import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * <p>
 * It is also the registry behind the simulated Cloud API ({@link SimulatedCloudServer}): which account owns a
 * device, which product it is in, and what its real handshakes say ({@code connected}, {@code last_handshake_at}).
 */
public final class SimulatedCloud {
    public static final String DEVICE_HOST = "device.spark.io";
    /** The address in the real -19 log this simulator reproduces. */
    public static final String DEVICE_HOST_IP = "107.22.28.43";

    /** The account the simulated Cloud API's one access token belongs to. */
    public static final String ACCOUNT = "technician@example.com";

    /**
     * What the cloud knows of one device.
     *
     * @param owner           the account that claimed it; null when unclaimed
     * @param productId       the product it belongs to; null for a developer device
     * @param connected       whether its last handshake completed and it has not been reset since
     * @param lastHandshakeAt when a handshake last completed; null if never
     */
    public record DeviceState(String id, String owner, Integer productId, boolean connected,
                              Instant lastHandshakeAt) {
    }

    private final Map<String, RsaPublicKey> deviceKeys = new ConcurrentHashMap<>();
    private final Map<String, DeviceState> devices = new ConcurrentHashMap<>();
    private final Map<String, String> claimCodes = new ConcurrentHashMap<>();
    /** The product_id each device's key was last registered with; absent: registered without one. */
    private final Map<String, Integer> keyProducts = new ConcurrentHashMap<>();
    private final RsaPublicKey serverKey;
    private final Clock clock;

    private SimulatedCloud(RsaPublicKey serverKey, Clock clock) {
        this.serverKey = serverKey;
        this.clock = clock;
    }

    /** The cloud a Photon/P1 talks to over TCP: Particle's RSA-2048 server key, device.spark.io. */
    public static SimulatedCloud particle() {
        return new SimulatedCloud(ParticleServerKeys.tcpKey(), Clock.systemUTC());
    }

    /** Makes a device known (Particle knows every device ID it made), with its owner and product. */
    public void enroll(String deviceId, String owner, Integer productId) {
        devices.put(deviceId, new DeviceState(deviceId, owner, productId, false, null));
    }

    public Optional<DeviceState> device(String deviceId) {
        return Optional.ofNullable(devices.get(deviceId));
    }

    /** Gives an unclaimed device to {@code account}. */
    public void claim(String deviceId, String account) {
        devices.computeIfPresent(deviceId, (id, d) ->
                new DeviceState(id, account, d.productId(), d.connected(), d.lastHandshakeAt()));
    }

    /**
     * Puts a known device into a product, as the product's team may (the account is on every product's team here).
     *
     * @return false when the device is unknown, owned by another account, or already in another product
     */
    public boolean addToProduct(String deviceId, int productId) {
        DeviceState d = devices.get(deviceId);
        if (d == null || d.owner() != null && !d.owner().equals(ACCOUNT)
                || d.productId() != null && d.productId() != productId) {
            return false;
        }
        devices.put(deviceId, new DeviceState(deviceId, d.owner(), productId, d.connected(), d.lastHandshakeAt()));
        return true;
    }

    /** Releases a device from its owner (it stays in its product). */
    public void unclaim(String deviceId) {
        devices.computeIfPresent(deviceId, (id, d) ->
                new DeviceState(id, null, d.productId(), d.connected(), d.lastHandshakeAt()));
    }

    /** A new 63-character claim code for {@code account} (a device that sends it while connected is claimed). */
    public String createClaimCode(String account) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 63; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        claimCodes.put(code.toString(), account);
        return code.toString();
    }

    /**
     * A connected device published {@code spark/device/claim/code}: a code this cloud made gives the device to the
     * code's account (once: the code is used up) and is acknowledged, which makes the firmware clear it and mark
     * itself claimed. A code it never made (an erased slot's junk, a typo) and a device another account owns are
     * not acknowledged, so the device sends the code again at its next connection. What the real cloud answers in
     * those two cases is UNVERIFIED; not acknowledging is what leaves the device as it was.
     *
     * @return whether the cloud acknowledged the code
     */
    public boolean claimCodeReceived(String deviceId, String code) {
        String account = claimCodes.get(code);
        DeviceState device = devices.get(deviceId);
        if (account == null || device == null || device.owner() != null && !device.owner().equals(account)) {
            return false;
        }
        claimCodes.remove(code);
        claim(deviceId, account);
        return true;
    }

    /** The devices {@code account} owns. */
    public List<String> devicesOf(String account) {
        return devices.values().stream().filter(d -> account.equals(d.owner())).map(DeviceState::id).sorted()
                .toList();
    }

    /** A reset drops the device's cloud session; the cloud sees it offline until its next handshake completes. */
    void deviceRestarted(String deviceId) {
        devices.computeIfPresent(deviceId, (id, d) ->
                new DeviceState(id, d.owner(), d.productId(), false, d.lastHandshakeAt()));
    }

    public RsaPublicKey serverKey() {
        return serverKey;
    }

    /** Puts a device's public key on file (what {@code particle keys send} does), replacing an older one. */
    public void register(String deviceId, RsaPublicKey key) {
        register(deviceId, key, null);
    }

    /** As {@link #register(String, RsaPublicKey)}, recording the {@code product_id} the request named (or null). */
    public void register(String deviceId, RsaPublicKey key, Integer productId) {
        deviceKeys.put(deviceId, key);
        if (productId == null) {
            keyProducts.remove(deviceId);
        } else {
            keyProducts.put(deviceId, productId);
        }
    }

    /** The {@code product_id} the device's key was last registered with; empty when none was sent. */
    public Optional<Integer> keyRegisteredInProduct(String deviceId) {
        return Optional.ofNullable(keyProducts.get(deviceId));
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
        if (canDecrypt && knowsDevice) {
            devices.computeIfPresent(deviceId, (id, d) ->
                    new DeviceState(id, d.owner(), d.productId(), true, clock.instant()));
            return HandshakeOutcome.CONNECTED;
        }
        return HandshakeOutcome.CLOSED_BY_CLOUD;
    }
}

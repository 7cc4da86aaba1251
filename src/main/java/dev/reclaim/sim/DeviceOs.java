package dev.reclaim.sim;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.link.ByteLink;
import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.util.Optional;

/**
 * Device OS on the simulated P1, as far as the cloud connection goes: at boot it selects its DCT copy with
 * its generation's rule, reads the server address, server key and device key from it, and tries to connect to the
 * simulated cloud, logging every stage on 0.6.x and only the application's lines on 0.7.0 and newer. A failed
 * attempt is retried (in real time) until the chip is reset.
 * <p>
 * Simplifications: the firmware does not write its DCT (a real one stores a key it generated, rewrites a stale
 * public key, and starts an empty DCT when neither copy is valid); such a device here behaves as if the DCT were
 * erased, which is what that write would leave.
 */
public final class DeviceOs implements Firmware {
    /** When the first attempt starts: Wi-Fi is up (the time in the real -19 log). */
    static final long FIRST_ATTEMPT_MILLIS = 5346;
    /** Pause between failed attempts (UNVERIFIED; Device OS backs off in this range). */
    static final long RETRY_MILLIS = 15_000;

    private static final DctLayout LAYOUT = DctLayout.photonP1();

    private final DeviceOsVersion version;
    private final SimulatedCloud cloud;
    private final boolean realTime;

    public DeviceOs(DeviceOsVersion version, SimulatedCloud cloud, boolean realTime) {
        if (!silent(version)) {
            new ConnectionLog(null, version); // refuses versions whose log it cannot print, at build time
        }
        this.version = version;
        this.cloud = cloud;
        this.realTime = realTime;
    }

    /** A stock Photon/P1 on 0.7.0 or newer prints no system or comm line (dct-layout-and-handshake.md §0). */
    private static boolean silent(DeviceOsVersion version) {
        return version.atLeast(DeviceOsVersion.V0_7_0);
    }

        /** The copy-selection rule this firmware applies. */
    public DctGeneration dctRule() {
        return version.atLeast(DeviceOsVersion.V0_7_0) ? DctGeneration.VERSIONED : DctGeneration.LEGACY;
    }

    @Override
    public void boot(Stm32F205 chip, ByteLink logUart, Cpu cpu) throws IOException {
        DctImage dct = DctImage.ofTwoSectors(chip.flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH));
        AppDct app = dct.currentAppDct(dctRule())
                .orElseGet(() -> new AppDct(Bytes.filled(DctSector.APP_DCT_SIZE, 0xFF)));
        DeviceLog log = new DeviceLog(logUart, cpu, realTime, 0).after(FIRST_ATTEMPT_MILLIS);
        AttemptLog connection = silent(version) ? new ApplicationLog(log) : new ConnectionLog(log, version);
        String deviceId = chip.deviceId();
        cloud.deviceRestarted(deviceId);
        RsaPublicKey devicePublicKey = devicePublicKey(app);
        Optional<RsaPublicKey> serverKey = serverKey(app);
        ServerEndpoint endpoint = serverEndpoint(app);
        while (true) {
            HandshakeOutcome outcome = decide(deviceId, app, serverKey, devicePublicKey, endpoint);
            String host = endpoint.valid() ? endpoint.host() : ConnectionLog.DEFAULT_HOST;
            connection.attempt(endpoint, cloud.resolve(host).orElse(null), outcome);
            if (outcome == HandshakeOutcome.CONNECTED || !realTime) {
                return;
            }
            log.after(RETRY_MILLIS);
        }
    }

    private HandshakeOutcome decide(String deviceId, AppDct app, Optional<RsaPublicKey> serverKey,
                                    RsaPublicKey devicePublicKey, ServerEndpoint endpoint) {
        String host = endpoint.valid() ? endpoint.host() : ConnectionLog.DEFAULT_HOST;
        if (!endpoint.isIp() && cloud.resolve(host).isEmpty()) {
            return HandshakeOutcome.HOST_NOT_FOUND;
        }
        if (devicePublicKey == null) {
            return HandshakeOutcome.SET_KEY_FAILED;
        }
        return cloud.handshake(deviceId, serverKey, devicePublicKey);
    }

    /**
     * The key the device presents: from its private key; a blank slot (first byte 0xFF) makes the firmware generate
     * a new one at connect time, which the cloud cannot know. Null when the slot holds something unreadable: the
     * device then cannot decrypt the session key (modelled as DECRYPTION_ERROR; UNVERIFIED).
     */
    private static RsaPublicKey devicePublicKey(AppDct app) {
        byte[] slot = app.slot(LAYOUT.field("device_private_key"));
        if ((slot[0] & 0xFF) == 0xFF) {
            return RsaKeys.generateDeviceKey().publicKey();
        }
        try {
            RsaPrivateKey key = RsaKeys.parsePrivateDer(slot);
            return key.publicKey();
        } catch (KeyFormatException e) {
            return null;
        }
    }

    /**
     * The server key the device encrypts with. Firmware ≥0.7 restores a blank one from its built-in copy; a wrong
     * but readable key is used as it is. An unreadable key gives the cloud nothing it can decrypt.
     */
    private Optional<RsaPublicKey> serverKey(AppDct app) {
        byte[] slot = app.slot(LAYOUT.field("server_public_key"));
        if ((slot[0] & 0xFF) == 0xFF && version.atLeast(DeviceOsVersion.V0_7_0)) {
            return Optional.of(cloud.serverKey());
        }
        try {
            return Optional.of(RsaKeys.parsePublicDer(slot));
        } catch (KeyFormatException e) {
            return Optional.empty();
        }
    }

    private static ServerEndpoint serverEndpoint(AppDct app) {
        ServerAddress a = ServerAddress.decode(app.slot(LAYOUT.field("server_address")));
        if (a.type() == ServerAddress.Type.INVALID) {
            return ServerEndpoint.invalid(a.typeByte());
        }
        return new ServerEndpoint(a.typeByte(), a.host(), a.port() == null ? 0 : a.port());
    }
}

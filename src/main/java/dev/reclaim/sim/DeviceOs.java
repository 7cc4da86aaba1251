package dev.reclaim.sim;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWritePlan;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.dct.write.FlashStep;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.FirmwareKeyReader;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.link.ByteLink;
import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Device OS on the simulated P1, as far as the cloud connection goes: at boot it selects its DCT copy with
 * its generation's rule, reads the server address, server key and device key from it, and tries to connect to the
 * simulated cloud, logging every stage on 0.6.x and only the application's lines on 0.7.0 and newer. A failed
 * attempt is retried (in real time) until the chip is reset.
 * <p>
 * Device keys as the firmware has them (reference §0): a blank private key (first byte 0xFF) makes the firmware
 * generate a key at boot, write it into its DCT the firmware's way and reset once, so a read-back shows it; the key
 * it uses is what the fixed-offset reader reads, so a key it misreads fails {@code set_key} (DECRYPTION_ERROR).
 * <p>
 * Simplifications: the firmware does not rewrite a stale public key slot (the handshake never reads it) and does
 * not start an empty DCT when neither copy is valid; such a device here behaves as if the DCT were erased (and then
 * generates its key in RAM only).
 */
public final class DeviceOs implements Firmware {
    /** When the first attempt starts: Wi-Fi is up (the time in the real -19 log). */
    static final long FIRST_ATTEMPT_MILLIS = 5346;
    /** Pause between failed attempts (UNVERIFIED; Device OS backs off in this range). */
    static final long RETRY_MILLIS = 15_000;

    private static final DctLayout LAYOUT = DctLayout.photonP1();
    /** From 1.1.0 an erased claim code (0xFF) counts as none (reference §0). */
    private static final DeviceOsVersion V1_1_0 = new DeviceOsVersion(1, 1, 0);
    /** What {@code HAL_Set_Claim_Code(NULL)} writes to {@code claimed}: the character '1' (reference §0). */
    private static final byte CLAIMED = '1';

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
        byte[] sectors = chip.flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
        AppDct app = selectedAppDct(sectors);
        if (privateKeyBlank(app) && currentCopy(sectors) != 0 && storeGeneratedKey(chip)) {
            boot(chip, logUart, cpu); // generate_key() resets once after writing the new pair
            return;
        }
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
            if (outcome == HandshakeOutcome.CONNECTED) {
                sendClaimCode(chip, app, deviceId);
                return;
            }
            if (!realTime) {
                return;
            }
            log.after(RETRY_MILLIS);
        }
    }

    /**
     * The application DCT of the copy this firmware selects, by its own transliteration of the WICED routine (never
     * the client's {@code CopySelector}); an erased one when no copy is valid.
     */
    AppDct selectedAppDct(byte[] sectors) {
        int copy = currentCopy(sectors);
        if (copy == 0) {
            return new AppDct(Bytes.filled(DctSector.APP_DCT_SIZE, 0xFF));
        }
        int start = WicedDctSelection.sectorStart(copy) + DctSector.APP_DCT_OFFSET;
        return new AppDct(Arrays.copyOfRange(sectors, start, start + DctSector.APP_DCT_SIZE));
    }

    /** The copy this version's own selection routine takes (1 or 2), or 0 when neither is valid. */
    private int currentCopy(byte[] sectors) {
        return version.atLeast(DeviceOsVersion.V0_7_0) ? WicedDctSelection.currentCopy(sectors)
                : WicedDctSelection.legacyCurrentCopy(sectors);
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
     * {@code Spark_Handshake} after a completed handshake (reference §0): publishes {@code spark/device/claim/code}
     * with the DCT's claim code when its byte 0 is not NUL (from 1.1.0 also not 0xFF; older firmware sends an erased
     * slot's 63 bytes of junk). {@code claimed} is not consulted: a code still pending is sent again. When the cloud
     * acknowledges, {@code HAL_Set_Claim_Code(NULL)} writes 0x00 to the code's byte 0 and then '1' to
     * {@code claimed} (two DCT writes, as the firmware does them).
     */
    private void sendClaimCode(Stm32F205 chip, AppDct app, String deviceId) {
        byte[] slot = app.slot(LAYOUT.field("claim_code"));
        boolean erased = (slot[0] & 0xFF) == 0xFF;
        if (slot[0] == 0 || erased && version.atLeast(V1_1_0)) {
            return;
        }
        if (!cloud.claimCodeReceived(deviceId, cString(slot))) {
            return;
        }
        byte[] cleared = slot.clone();
        cleared[0] = 0;
        try {
            DctEdits edits = DctEdits.photonP1();
            writeOwnDct(chip, List.of(edits.raw("claim_code", cleared)));
            if (app.slot(LAYOUT.field("claimed"))[0] != CLAIMED) {
                writeOwnDct(chip, List.of(edits.raw("claimed", new byte[] {CLAIMED})));
            }
        } catch (InvalidValueException e) {
            throw new IllegalStateException("the layout's claim fields take their own size", e);
        }
    }

    /** The code as {@code HAL_Get_Claim_Code} hands it on: the slot's bytes up to the first NUL. */
    private static String cString(byte[] slot) {
        int end = 0;
        while (end < slot.length && slot[end] != 0) {
            end++;
        }
        return new String(slot, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static boolean privateKeyBlank(AppDct app) {
        return (app.slot(LAYOUT.field("device_private_key"))[0] & 0xFF) == 0xFF;
    }

    /**
     * {@code generate_key()} at boot: a new pair, written the firmware's way (fixed-width private key, public key
     * derived from it) through the DCT engine's write plan, executed on the chip's flash. False if it cannot be
     * planned (then the key lives in RAM only, as below).
     */
    private static boolean storeGeneratedKey(Stm32F205 chip) {
        try {
            return writeOwnDct(chip, DctEdits.photonP1().devicePrivateKey(RsaKeys.generateDeviceKey()));
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * A DCT write of the firmware's own ({@code dct_write_app_data}): a new copy the ≥0.7 way, planned by the DCT
     * engine and executed on the chip's flash. False if it cannot be planned (no valid copy to start from).
     */
    private static boolean writeOwnDct(Stm32F205 chip, List<DctEdit> edits) throws InvalidValueException {
        byte[] image = chip.flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
        DctWritePlan plan;
        try {
            plan = DctWriter.plan(image, edits);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
        for (FlashStep step : plan.steps()) {
            if (step instanceof FlashStep.Erase erase) {
                chip.flash().erase(erase.sector());
            } else if (step instanceof FlashStep.Program program) {
                chip.flash().program(program.address(), program.bytes());
            }
        }
        return true;
    }

    /**
     * The key the device presents: the public key the firmware derives from its private-key bytes, when the
     * fixed-offset reader gets a usable key from them (a blank slot here has no DCT to be stored in: a key made in
     * RAM, which the cloud cannot know). Null when it does not: the device then cannot decrypt the session key,
     * {@code set_key} fails with DECRYPTION_ERROR.
     */
    private static RsaPublicKey devicePublicKey(AppDct app) {
        byte[] slot = app.slot(LAYOUT.field("device_private_key"));
        if ((slot[0] & 0xFF) == 0xFF) {
            return RsaKeys.generateDeviceKey().publicKey();
        }
        DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(slot);
        return verdict.usable() ? verdict.presented() : null;
    }

    /**
     * The server key the device encrypts with. Firmware ≥0.7 restores a blank one from its built-in copy; a wrong
     * key is used as the firmware reads it, whatever else the slot holds: a wrong or damaged one gives the cloud
     * nothing it can decrypt.
     */
    private Optional<RsaPublicKey> serverKey(AppDct app) {
        byte[] slot = app.slot(LAYOUT.field("server_public_key"));
        if ((slot[0] & 0xFF) == 0xFF && version.atLeast(DeviceOsVersion.V0_7_0)) {
            return Optional.of(cloud.serverKey());
        }
        return Optional.of(FirmwareKeyReader.serverKeyAsUsed(slot)); // the modulus at +33, e = 65537, nothing else
    }

    private static ServerEndpoint serverEndpoint(AppDct app) {
        ServerAddress a = ServerAddress.decode(app.slot(LAYOUT.field("server_address")));
        if (a.type() == ServerAddress.Type.INVALID) {
            return ServerEndpoint.invalid(a.typeByte());
        }
        return new ServerEndpoint(a.typeByte(), a.host(), a.port() == null ? 0 : a.port());
    }
}

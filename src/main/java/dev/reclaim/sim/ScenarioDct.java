package dev.reclaim.sim;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a scenario's DCT with the DCT engine, as the device's firmware would have written it: keys are generated
 * at run time (none is ever stored), and the simulated cloud learns the device key when the scenario says it is
 * registered.
 */
final class ScenarioDct {
    private ScenarioDct() {
    }

    /** The two DCT sectors (32 KiB) for the scenario's device. */
    static byte[] build(Scenario scenario, String deviceId, SimulatedCloud cloud, DctGeneration writtenBy) {
        Scenario.DctContents contents = scenario.dct();
        DctEdits edits = DctEdits.photonP1();
        List<DctEdit> list = new ArrayList<>();
        // The key the device was provisioned with; in "blank" scenarios it was lost from the DCT since.
        RsaPrivateKey provisioned = RsaKeys.generateDeviceKey();
        try {
            switch (contents.devicePrivateKey()) {
                case "generated" -> list.addAll(edits.devicePrivateKey(provisioned));
                case "blank" -> { }
                default -> throw bad(scenario, "devicePrivateKey", "generated or blank");
            }
            switch (contents.serverPublicKey()) {
                case "genuine" -> list.add(edits.serverPublicKey(cloud.serverKey()));
                case "corrupt" -> list.add(edits.serverPublicKey(damaged(cloud.serverKey())));
                default -> throw bad(scenario, "serverPublicKey", "genuine or corrupt");
            }
            if (!"blank".equals(contents.serverAddress())) {
                list.add(edits.serverAddress(ServerAddress.parse(contents.serverAddress())));
            }
            list.add(edits.parse("device_id", deviceId));
            // a device that was claimed once, as its firmware left it: code cleared with 0x00, claimed '1' (§0)
            list.add(edits.parse("claim_code", ""));
            list.add(edits.parse("claimed", "true"));
            byte[] app = DctWriter.applyEdits(Bytes.filled(DctSector.APP_DCT_SIZE, 0xFF), list);
            cloud.enroll(deviceId, scenario.cloud().ownerAccount(), scenario.cloud().productId());
            if (scenario.cloud().deviceKeyRegistered()) {
                cloud.register(deviceId, provisioned.publicKey());
            }
            return DctWriter.newImage(new AppDct(app), writtenBy);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("scenario " + scenario.name() + ": " + e.getMessage(), e);
        }
    }

    /** The server key with bits of its modulus flipped: still readable, but no longer the cloud's. */
    private static RsaPublicKey damaged(RsaPublicKey key) {
        return new RsaPublicKey(key.modulus().flipBit(700).flipBit(701), key.exponent());
    }

    private static IllegalArgumentException bad(Scenario s, String field, String allowed) {
        return new IllegalArgumentException("scenario " + s.name() + ": dct." + field + " must be " + allowed);
    }
}

package dev.reclaim.ui.dct;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.util.ArrayList;
import java.util.List;

/** Two-sector DCT images for GUI tests, built at run time (keys are generated, never committed). */
final class DctImages {
    private DctImages() {
    }

    /** A healthy P1 DCT written by firmware ≥0.7: Particle server key and address, a fresh device key pair. */
    static byte[] healthy(RsaPrivateKey deviceKey) throws Exception {
        DctEdits edits = DctEdits.photonP1();
        List<DctEdit> all = new ArrayList<>(edits.devicePrivateKey(deviceKey));
        all.add(edits.parse("server_public_key", "particle"));
        all.add(edits.parse("server_address", "device.spark.io"));
        all.add(edits.parse("device_id", "30002a000e47353136383631"));
        all.add(edits.parse("claim_code", "ab12cd34ef"));
        return image(all);
    }

    /** The P1 failure: server address blank (type 255) and no device key. */
    static byte[] keysBlank() throws Exception {
        DctEdits edits = DctEdits.photonP1();
        return image(List.of(edits.parse("server_public_key", "particle")));
    }

    static RsaPrivateKey newKey() {
        return RsaKeys.generateDeviceKey();
    }

    private static byte[] image(List<DctEdit> edits) throws Exception {
        byte[] app = DctWriter.applyEdits(Bytes.filled(DctSector.APP_DCT_SIZE, 0xFF), edits);
        return DctWriter.newImage(new AppDct(app), DctGeneration.VERSIONED);
    }
}

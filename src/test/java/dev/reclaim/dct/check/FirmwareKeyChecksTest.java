package dev.reclaim.dct.check;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Severity;
import dev.reclaim.keys.FirmwareFormatKeys;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** dct check / show / set on keys made the firmware's way, and on a key the firmware misreads. */
class FirmwareKeyChecksTest {
    private static final int PRIVATE_KEY = 34;

    /** The healthy DCT with this key, and its public slot as the firmware writes it (162 bytes, zeros). */
    private static byte[] appWithKeyBytes(RsaPrivateKey key, byte[] keyBytes) {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, PRIVATE_KEY, PRIVATE_KEY + 1216, (byte) 0xFF);
        TestDcts.put(app, PRIVATE_KEY, keyBytes);
        TestDcts.put(app, TestDcts.PUBLIC_KEY, Arrays.copyOf(key.publicKey().toSpkiDer(), 384));
        return app;
    }

    private static DctReport inspect(byte[] app) {
        return DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(3).app(app), blank())));
    }

    @Test
    void thousandFirmwareKeysHaveNoKeyFindingAndGoBackByteForByteThroughSet() throws Exception {
        DctEdits edits = DctEdits.photonP1();
        for (int i = 0; i < 1000; i++) {
            RsaPrivateKey numbers = FirmwareFormatKeys.key(i);
            byte[] layout = FirmwareFormatKeys.firmwareLayout(numbers);
            byte[] app = appWithKeyBytes(numbers, layout);
            DctReport report = inspect(app);
            assertThat(report.checks()).as("key %d", i).noneMatch(f -> f.id().startsWith("device_"));
            DecodedField shown = report.field("device_private_key").orElseThrow();
            RsaPrivateKey exported = shown.parsed(RsaPrivateKey.class).orElseThrow();
            assertThat(exported.toPkcs1Der()).isEqualTo(layout); // what keys export writes to PREFIX.der
            byte[] backToBlank = app.clone();
            Arrays.fill(backToBlank, PRIVATE_KEY, PRIVATE_KEY + 1216, (byte) 0xFF);
            byte[] written = DctWriter.applyEdits(backToBlank, edits.devicePrivateKey(RsaKeys.readPrivateKeyFile(layout)));
            assertThat(Arrays.copyOfRange(written, PRIVATE_KEY, PRIVATE_KEY + 1216)).isEqualTo(Arrays.copyOfRange(app, PRIVATE_KEY, PRIVATE_KEY + 1216));
            assertThat(Arrays.copyOfRange(written, 1250, 1250 + 384)).isEqualTo(Arrays.copyOfRange(app, 1250, 1250 + 384));
        }
    }

    @Test
    void aKeyTheFirmwareMisreadsIsAnErrorWithAFixThatWorks() throws Exception {
        RsaPrivateKey numbers = IntStream.range(0, 5000).mapToObj(FirmwareFormatKeys::key)
                .filter(FirmwareFormatKeys::canonicalIsMisread).findFirst().orElseThrow();
        byte[] canonical = FirmwareFormatKeys.canonicalDer(numbers);
        byte[] app = appWithKeyBytes(numbers, canonical);
        DctReport report = inspect(app);
        Finding f = report.checks().stream().filter(CheckId.DEVICE_PRIVATE_KEY_MISREAD::matches).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cause()).contains("fail to set the session key").contains("fixed offsets");
        assertThat(f.fix()).contains("reclaim keys export").contains("device_private_key=@KEY.der");
        assertThat(report.checks()).noneMatch(CheckId.DEVICE_PRIVATE_KEY_INVALID::matches);

        // the fix: the same key written again (from its export, which is the canonical bytes) goes in the firmware's layout
        byte[] fixed = DctWriter.applyEdits(app, DctEdits.photonP1().devicePrivateKey(RsaKeys.readPrivateKeyFile(canonical)));
        byte[] slot = Arrays.copyOfRange(fixed, PRIVATE_KEY, PRIVATE_KEY + 611);
        assertThat(slot).isEqualTo(FirmwareFormatKeys.firmwareLayout(numbers));
        assertThat(inspect(fixed).checks()).noneMatch(c -> c.id().startsWith("device_"));
    }
}

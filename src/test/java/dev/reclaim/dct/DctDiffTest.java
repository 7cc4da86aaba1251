package dev.reclaim.dct;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctDiffTest {

    @Test
    void identicalImagesHaveNoDifferences() {
        DctImage a = DctImage.ofTwoSectors(image(versioned(2).healthy(), blank()));
        assertThat(DctDiff.compare(a, a).isEmpty()).isTrue();
    }

    @Test
    void aWriteShowsTheChangedFieldAndTheSectorBookkeeping() throws Exception {
        DctImage before = DctImage.ofTwoSectors(image(versioned(2).healthy(), blank()));
        DctImage after = DctWriter.edit(before, DctEdits.photonP1().parse(List.of("server_address=10.1.2.3:5683"))).image();
        DctDiff diff = DctDiff.compare(before, after);
        // only the address changed: the enclosing server key's own bytes did not
        assertThat(diff.fields()).extracting(c -> c.field().name()).containsExactly("server_address");
        assertThat(diff.fields().get(0).after().text()).contains("10.1.2.3");
        // copy 1 → copy 2: the version struct differs (sequence, CRC)
        assertThat(diff.raw()).extracting(DctDiff.RawChange::section).containsExactly("version");
        assertThat(diff.left()).contains("copy 1");
        assertThat(diff.right()).contains("copy 2");
    }

    @Test
    void serverKeyChangeIsReportedOnTheKeyNotTheAddress() throws Exception {
        byte[] app = TestDcts.healthyApp();
        app[2082 + 100] ^= 1;
        DctDiff diff = DctDiff.compare(DctImage.ofAppDct(TestDcts.healthyApp()), DctImage.ofAppDct(app));
        assertThat(diff.fields()).extracting(c -> c.field().name()).containsExactly("server_public_key");
        assertThat(diff.raw()).isEmpty();
    }

    @Test
    void systemSectionsAreComparedAsRawRanges() {
        byte[] a = image(versioned(2).healthy(), blank());
        byte[] b = a.clone();
        b[0x0200] = 1; // mfg_info
        b[0x0210] = 1; // within 16 bytes: same range
        b[0x1A40] = 1; // wifi_config
        DctDiff diff = DctDiff.compare(DctImage.ofTwoSectors(a), DctImage.ofTwoSectors(b));
        assertThat(diff.fields()).isEmpty();
        assertThat(diff.raw()).containsExactly(new DctDiff.RawChange("mfg_info", 0x200, 0x11),
                new DctDiff.RawChange("wifi_config", 0x1A40, 1));
    }

    @Test
    void shortDumpsMarkFieldsTheyLackAsAbsent() {
        DctDiff diff = DctDiff.compare(DctImage.ofAppDct(Arrays.copyOf(TestDcts.healthyApp(), 4000)),
                DctImage.ofAppDct(TestDcts.healthyApp()));
        assertThat(diff.fields()).isNotEmpty().allSatisfy(c -> assertThat(c.before().status()).isEqualTo(FieldStatus.ABSENT));
        assertThat(diff.fields().get(0).field().name()).isEqualTo("eap_config");
    }
}

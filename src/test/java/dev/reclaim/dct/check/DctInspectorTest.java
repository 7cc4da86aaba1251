package dev.reclaim.dct.check;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.TestKeys;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DctInspectorTest {

    private static DctReport inspectApp(byte[] app) {
        return DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(3).app(app), blank())));
    }

    private static Finding only(DctReport r, CheckId id) {
        assertThat(r.checks()).filteredOn(id::matches).hasSize(1);
        return r.checks().stream().filter(id::matches).findFirst().orElseThrow();
    }

    @Test
    void healthyDctHasNoFindings() {
        DctReport r = inspectApp(TestDcts.healthyApp());
        assertThat(r.checks()).isEmpty();
        assertThat(r.hasProblems()).isFalse();
        assertThat(r.decodedCopy()).isEqualTo(1);
        assertThat(r.fields()).hasSize(37);
        assertThat(r.firmwareGenerationsDisagree()).isFalse();
    }

    @Test
    void blankPrivateKey() {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, 34, 34 + 1216, (byte) 0xFF);
        Finding c = only(inspectApp(app), CheckId.DEVICE_PRIVATE_KEY_BLANK);
        assertThat(c.severity()).isEqualTo(Severity.ERROR);
        assertThat(c.cause()).contains("new key").contains("cloud does not know");
        assertThat(c.fix()).contains("reclaim keys new").contains("particle keys send");
        assertThat(c.field()).contains("device_private_key");
        assertThat(c.title()).isEqualTo("Device private key blank");
        assertThat(c.wizard()).contains(WizardId.RECOVER_KEYS);
    }

    @Test
    void invalidPrivateKey() {
        byte[] app = TestDcts.healthyApp();
        app[34 + 50] ^= 0x10;
        Finding c = only(inspectApp(app), CheckId.DEVICE_PRIVATE_KEY_INVALID);
        assertThat(c.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void keyPairMismatch() {
        byte[] app = TestDcts.healthyApp();
        TestDcts.put(app, TestDcts.PUBLIC_KEY, TestKeys.otherDevice().publicKey().toSpkiDer());
        DctReport r = inspectApp(app);
        Finding c = only(r, CheckId.DEVICE_KEYPAIR_MISMATCH);
        // §0: the firmware rebuilds the public slot from the private key at every boot; the handshake never reads it
        assertThat(c.severity()).isEqualTo(Severity.INFO);
        assertThat(c.cause()).contains(TestKeys.otherDevice().publicKey().fingerprint().substring(0, 16)).contains("heals itself");
        assertThat(r.hasProblems()).isFalse();
    }

    @Test
    void blankPublicKeyIsOnlyInformation() {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, 1250, 1250 + 384, (byte) 0xFF);
        DctReport r = inspectApp(app);
        assertThat(only(r, CheckId.DEVICE_PUBLIC_KEY_BLANK).severity()).isEqualTo(Severity.INFO);
        assertThat(r.hasProblems()).isFalse();
    }

    @Test
    void serverKeyBlankInvalidAndCustom() {
        byte[] blankKey = TestDcts.healthyApp();
        Arrays.fill(blankKey, 2082, 2082 + 384, (byte) 0xFF);
        assertThat(only(inspectApp(blankKey), CheckId.SERVER_PUBLIC_KEY_BLANK).cause()).contains("restoring");

        byte[] corrupt = TestDcts.healthyApp();
        corrupt[2082 + 1] = 0x05; // DER length broken
        Finding invalid = only(inspectApp(corrupt), CheckId.SERVER_PUBLIC_KEY_INVALID);
        assertThat(invalid.severity()).isEqualTo(Severity.ERROR);
        assertThat(invalid.fix()).contains("server_public_key=particle");

        byte[] custom = TestDcts.healthyApp();
        TestDcts.put(custom, 2082, TestKeys.customServer().publicKey().toSpkiDer());
        DctReport r = inspectApp(custom);
        Finding c = only(r, CheckId.SERVER_PUBLIC_KEY_CUSTOM);
        assertThat(c.severity()).isEqualTo(Severity.INFO);
        assertThat(r.hasProblems()).isFalse();
    }

    @Test
    void blankServerAddressExplainsBothFirmwareGenerations() {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, 2466, 2466 + 128, (byte) 0xFF);
        Finding c = only(inspectApp(app), CheckId.SERVER_ADDRESS_INVALID);
        assertThat(c.severity()).isEqualTo(Severity.WARNING);
        assertThat(c.wizard()).contains(WizardId.SET_SERVER);
        assertThat(c.cause()).contains("type:255,defaulting to device.spark.io").contains("RAM only")
                .doesNotContain("write device.spark.io back"); // reference §0: never written back to flash
        assertThat(c.fix()).contains("server_address=device.spark.io");
    }

    @Test
    void anAddressTheFirmwareUsesIsNeverInvalidButItsOddContentIsAWarning() {
        byte[] app = TestDcts.healthyApp();
        byte[] zeroIp = Arrays.copyOf(new byte[] {0, 0, 0, 0, 0, 0}, 128); // length byte 0: ignored by the firmware
        System.arraycopy(zeroIp, 0, app, 2466, 128);
        DctReport r = inspectApp(app);
        assertThat(r.checks()).noneMatch(CheckId.SERVER_ADDRESS_INVALID::matches);
        Finding c = only(r, CheckId.SERVER_ADDRESS_ODD);
        assertThat(c.severity()).isEqualTo(Severity.WARNING);
        assertThat(c.cause()).contains("0.0.0.0").contains("length byte is 0");
        assertThat(c.fix()).contains("server_address=HOST[:PORT]");
        System.arraycopy(TestDcts.domainAddress("device.spark.io", 0xFFFF), 0, app, 2466, 128);
        assertThat(inspectApp(app).checks()).noneMatch(CheckId.SERVER_ADDRESS_ODD::matches);
    }

    @Test
    void claimedAndClaimCodeAsTheFirmwareTreatsThem() {
        byte[] app = TestDcts.healthyApp();
        assertThat(inspectApp(app).checks()).noneMatch(CheckId.CLAIMED_UNUSUAL_VALUE::matches);
        app[TestDcts.CLAIMED] = 1; // what older tools wrote
        Finding odd = only(inspectApp(app), CheckId.CLAIMED_UNUSUAL_VALUE);
        assertThat(odd.severity()).isEqualTo(Severity.INFO);
        assertThat(odd.cause()).contains("0x01").contains("'1' (0x31)");
        assertThat(odd.fix()).contains("claimed=true");
        app[TestDcts.CLAIMED] = 0;
        assertThat(inspectApp(app).checks()).noneMatch(CheckId.CLAIMED_UNUSUAL_VALUE::matches);

        app[TestDcts.CLAIM_CODE] = (byte) 0xFF; // erased, as on a device never claimed
        Finding erased = only(inspectApp(app), CheckId.CLAIM_CODE_ERASED);
        assertThat(erased.fix()).contains("claim_code=").doesNotContain("0xFF in byte 0");
        System.arraycopy("ABCDEFGH\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, app, TestDcts.CLAIM_CODE, 9);
        Finding pending = only(inspectApp(app), CheckId.CLAIM_CODE_PENDING);
        assertThat(pending.cause()).contains("ABCDEFGH").contains("publishes");
        app[TestDcts.CLAIM_CODE] = 0; // how the firmware clears it
        assertThat(inspectApp(app).checks()).noneMatch(f -> CheckId.CLAIM_CODE_PENDING.matches(f)
                || CheckId.CLAIM_CODE_ERASED.matches(f));
    }

    @Test
    void antennaSelectionOutsideTheFirmwaresValuesIsAWarning() {
        byte[] app = TestDcts.healthyApp();
        for (int ok : new int[] {0, 1, 3, 0xFF}) {
            app[2976] = (byte) ok;
            assertThat(inspectApp(app).checks()).noneMatch(f -> f.id().startsWith("antenna"));
        }
        app[2976] = 2;
        Finding c = only(inspectApp(app), CheckId.ANTENNA_SELECTION_INVALID);
        assertThat(c.severity()).isEqualTo(Severity.WARNING);
        assertThat(c.fix()).contains("antenna_selection=internal");
    }

    @Test
    void crcMismatchOnTheCopyInUseIsAnError() {
        DctReport r = DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(3).healthy().badCrc(), blank())));
        Finding c = only(r, CheckId.CRC_MISMATCH);
        assertThat(c.severity()).isEqualTo(Severity.ERROR);
        assertThat(c.cause()).contains("Copy 1");
    }

    @Test
    void retiredCopyIsNormalButAnUnexplainedBadCrcElsewhereIsAWarning() {
        DctReport normal = DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(3).retired().healthy(), versioned(4).healthy())));
        assertThat(normal.checks()).isEmpty();
        DctReport damaged = DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(3).badCrc().healthy(), versioned(4).healthy())));
        assertThat(only(damaged, CheckId.CRC_MISMATCH).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void noValidCopy() {
        DctReport r = DctInspector.inspect(DctImage.ofTwoSectors(image(blank(), versioned(2).writeIncomplete(1).healthy())));
        Finding c = only(r, CheckId.NO_VALID_COPY);
        assertThat(c.field()).isEmpty();
        assertThat(c.wizard()).contains(WizardId.BACKUP_RESTORE);
        assertThat(c.fix()).contains("reclaim device write-dct --via SPEC");
        assertThat(c.cause()).contains("copy 2: its write was not completed");
        assertThat(r.fields()).isEmpty();
        assertThat(r.decodedCopy()).isZero();
        DctReport forced = DctInspector.inspectCopy(r.image(), 2);
        assertThat(forced.fields()).hasSize(37);
        assertThat(forced.decodedCopy()).isEqualTo(2);
        assertThat(forced.has(CheckId.COPY_NOT_IN_USE)).isTrue();
    }

    @Test
    void firmwareGenerationsThatDisagreeAreWarnedAbout() {
        DctReport r = DctInspector.inspect(DctImage.ofTwoSectors(image(versioned(1).healthy(), versioned(2).healthy())));
        assertThat(r.firmwareGenerationsDisagree()).isTrue();
        Finding c = only(r, CheckId.FIRMWARE_SELECTION_DIFFERS);
        assertThat(c.cause()).contains("0.7 and newer use copy 2").contains("0.6 and older would use copy 1");
    }

    @Test
    void truncatedAppDumpIsDecodedAsFarAsItGoes() {
        DctReport r = DctInspector.inspect(DctImage.ofAppDct(Arrays.copyOf(TestDcts.healthyApp(), 4258)));
        assertThat(only(r, CheckId.APP_DCT_TRUNCATED).cause()).contains("4258 of the 8391");
        assertThat(r.field("device_id").orElseThrow().value()).isEqualTo(TestDcts.DEVICE_ID_HEX);
        assertThat(r.field("eap_config").orElseThrow().status().id()).isEqualTo("absent");
        assertThat(r.selection().copies()).isEmpty();
        assertThat(r.decodedCopy()).isZero();
        assertThat(r.hasProblems()).isFalse();
    }

    @Test
    void findingsAreOrderedBySeverity() {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, 34, 34 + 1216, (byte) 0xFF);
        Arrays.fill(app, 2466, 2466 + 128, (byte) 0xFF);
        Arrays.fill(app, 3618, 3630, (byte) 0xFF);
        assertThat(inspectApp(app).checks()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }
}

package dev.reclaim.flash.stlink;

import static dev.reclaim.link.ScriptedUsbBulkLink.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StLinkVersionTest {

    @Test
    void decodesTheReferenceExampleV2J28S7() {
        StLinkVersion v = StLinkVersion.fromGetVersion(bytes("27 07 83 04 48 37"));

        assertThat(v).isEqualTo(new StLinkVersion(2, 28, 7, 0, 0x0483, 0x3748));
        assertThat(v).hasToString("V2J28S7");
        assertThat(v.needsApiV3Query()).isFalse();
    }

    @Test
    void theLowFieldIsMassStorageOnAV21() {
        // 2 << 12 | 37 << 6 | 26 = 0x295A
        StLinkVersion v = StLinkVersion.fromGetVersion(bytes("29 5A 83 04 4B 37"));

        assertThat(v).hasToString("V2J37M26");
        assertThat(v.productId()).isEqualTo(0x374B);
    }

    @Test
    void aV3AsksForTheApiV3Version() {
        assertThat(StLinkVersion.fromGetVersion(bytes("30 00 83 04 4F 37")).needsApiV3Query()).isTrue();

        StLinkVersion v3 = StLinkVersion.fromGetVersionApiV3(bytes("03 01 07 02 03 00 00 00 83 04 4F 37"));

        assertThat(v3).isEqualTo(new StLinkVersion(3, 7, 1, 2, 0x0483, 0x374F));
        assertThat(v3.isV3()).isTrue();
    }

    @Test
    void featuresFollowTheFirmwareThresholds() {
        StLinkVersion j12 = new StLinkVersion(2, 12, 0, 0, 0x483, 0x3748);
        StLinkVersion j15 = new StLinkVersion(2, 15, 0, 0, 0x483, 0x3748);
        StLinkVersion j22 = new StLinkVersion(2, 22, 0, 0, 0x483, 0x3748);
        StLinkVersion v3j5 = new StLinkVersion(3, 5, 0, 0, 0x483, 0x374E);
        StLinkVersion v3j6 = new StLinkVersion(3, 6, 0, 0, 0x483, 0x374E);

        assertThat(j12.hasTargetVoltage()).isFalse();
        assertThat(j15.hasTargetVoltage()).isTrue();
        assertThat(j12.hasRwStatus2()).isFalse();
        assertThat(j15.hasRwStatus2()).isTrue();
        assertThat(j15.hasSwdDivisor()).isFalse();
        assertThat(j22.hasSwdDivisor()).isTrue();
        assertThat(v3j6.hasSwdDivisor()).isFalse();
        assertThat(j22.maxByteTransfer()).isEqualTo(64);
        assertThat(v3j5.maxByteTransfer()).isEqualTo(64);
        assertThat(v3j6.maxByteTransfer()).isEqualTo(512);
    }
}

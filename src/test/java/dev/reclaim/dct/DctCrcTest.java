package dev.reclaim.dct;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DctCrcTest {

    @Test
    void matchesTheReferenceChunking() {
        byte[] sector = TestDcts.versioned(7).healthy().build();
        assertThat(DctCrc.compute(sector, 0)).isEqualTo(TestDcts.referenceCrc(sector));
        byte[] image = TestDcts.image(TestDcts.blank(), TestDcts.versioned(7).healthy());
        assertThat(DctCrc.compute(image, 0x4000)).isEqualTo(TestDcts.referenceCrc(sector));
    }

    @Test
    void dependsOnChunkBoundariesUnlikeAPlainCrc() {
        // XOR-combining per-chunk CRCs is not the CRC of the whole: guard against "simplifying" it
        byte[] sector = TestDcts.versioned(1).healthy().build();
        java.util.zip.CRC32 plain = new java.util.zip.CRC32();
        plain.update(sector, 0, 0x4000);
        assertThat(DctCrc.compute(sector, 0)).isNotEqualTo(plain.getValue());
    }

    @Test
    void coversBodyAndIsCurrentButNotWriteIncompleteCrcOrInitialWrite() {
        byte[] sector = TestDcts.versioned(1).healthy().build();
        long crc = DctCrc.compute(sector, 0);
        byte[] s = sector.clone();
        s[8] = 1; // write_incomplete
        s[0x3FF0 + 8] ^= 0x55; // stored crc
        s[0x3FF0 + 12] = 1; // initial_write
        assertThat(DctCrc.compute(s, 0)).isEqualTo(crc);
        for (int offset : new int[] {9, 387, 388, 0x1D7C + 34, 0x3FCC, 0x3FEF, 0x3FF0 + 13, 0x3FFF}) {
            byte[] t = sector.clone();
            t[offset] ^= 1;
            assertThat(DctCrc.compute(t, 0)).as("offset 0x%x", offset).isNotEqualTo(crc);
        }
    }

    @Test
    void isCurrentOverrideExplainsARetiredCopy() {
        byte[] sector = TestDcts.versioned(1).retired().build();
        long stored = dev.reclaim.dct.layout.Bytes.u32(sector, 0x3FF8);
        assertThat(DctCrc.compute(sector, 0)).isNotEqualTo(stored);
        assertThat(DctCrc.compute(sector, 0, 1)).isEqualTo(stored);
    }
}

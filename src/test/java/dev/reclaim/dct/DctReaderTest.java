package dev.reclaim.dct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DctReaderTest {
    private static final byte[] IMAGE = TestDcts.image(TestDcts.versioned(2).healthy(), TestDcts.blank());

    @Test
    void detectsTwoSectorDump() throws Exception {
        DctImage image = DctReader.parse(IMAGE);
        assertThat(image.format()).isEqualTo(DctFormat.TWO_SECTORS);
        assertThat(image.copyCount()).isEqualTo(2);
        assertThat(image.description()).contains("two-sector").contains("32768");
        assertThat(image.currentAppDct(DctGeneration.VERSIONED)).get()
                .extracting(AppDct::bytes).isEqualTo(TestDcts.healthyApp());
    }

    @Test
    void detectsSingleSector() throws Exception {
        DctImage image = DctReader.parse(Arrays.copyOf(IMAGE, 0x4000));
        assertThat(image.format()).isEqualTo(DctFormat.SINGLE_SECTOR);
        assertThat(image.select(DctGeneration.VERSIONED).current()).isEqualTo(1);
    }

    @Test
    void detectsAppDctOnlyOfAnyLengthUpTo8391() throws Exception {
        for (int length : new int[] {36, 612, 4258, 8391}) {
            DctImage image = DctReader.parse(Arrays.copyOf(TestDcts.healthyApp(), length));
            assertThat(image.format()).isEqualTo(DctFormat.APP_DCT);
            assertThat(image.copyCount()).isZero();
            assertThat(image.select(DctGeneration.VERSIONED).copies()).isEmpty();
            assertThat(image.currentAppDct(DctGeneration.VERSIONED)).get().extracting(AppDct::length).isEqualTo(length);
        }
        assertThat(DctReader.parse(Arrays.copyOf(TestDcts.healthyApp(), 4258)).description()).contains("4258 of 8391");
    }

    @Test
    void rejectsEmptyAndOtherSizesWithTheExpectedSizes() {
        assertThatThrownBy(() -> DctReader.parse(new byte[0])).isInstanceOf(DctFormatException.class).hasMessageContaining("empty");
        for (int length : new int[] {8392, 16383, 16385, 20000, 32767, 32769, 65536}) {
            assertThatThrownBy(() -> DctReader.parse(new byte[length])).isInstanceOf(DctFormatException.class)
                    .hasMessageContaining(length + " bytes").hasMessageContaining("32768").hasMessageContaining("8391");
        }
    }

    @Test
    void intelHexRoundTrips() throws Exception {
        byte[] hex = IntelHex.format(IMAGE);
        String text = new String(hex, StandardCharsets.US_ASCII);
        assertThat(text).startsWith(":020000040800F2\n").endsWith(":00000001FF\n");
        DctImage image = DctReader.parse(hex);
        assertThat(image.format()).isEqualTo(DctFormat.INTEL_HEX);
        assertThat(image.bytes()).isEqualTo(IMAGE);
        assertThat(image.toFileBytes()).isEqualTo(hex);
        assertThat(image.description()).contains("complete");
    }

    @Test
    void intelHexAcceptsCrLfBomSegmentRecordsAndGaps() throws Exception {
        // two data bytes at 0x08004000 via a segment address (0x0800:4000 → 0x8000 << 4 = 0x80000 … use linear)
        String text = "\uFEFF:020000040800F2\r\n:02400000AABB59\r\n:00000001FF\r\n";
        DctImage image = DctReader.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(image.bytes()[0]).isEqualTo((byte) 0xAA);
        assertThat(image.bytes()[1]).isEqualTo((byte) 0xBB);
        assertThat(image.bytes()[2]).isEqualTo((byte) 0xFF);
        assertThat(image.description()).contains("32766 bytes not in the file");
        // segment base 0x0800 << 4 = 0x8000 is far below the DCT: wrong address
        String segment = ":020000020800F4\n:0100000000FF\n:00000001FF\n";
        assertThatThrownBy(() -> DctReader.parse(segment.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DctFormatException.class).hasMessageContaining("0x00008000").hasMessageContaining("outside");
    }

    @Test
    void intelHexErrorsNameTheLineAndTheProblem() {
        String good = new String(IntelHex.format(IMAGE), StandardCharsets.US_ASCII);
        assertHexError(good.substring(0, good.length() - ":00000001FF\n".length()), "truncated");
        assertHexError(good.substring(0, good.length() / 2), "");
        assertHexError(":020000040800F2\n:02400000AABB58\n:00000001FF\n", "line 2 has checksum 0x58, expected 0x59");
        assertHexError(":020000040800F2\n:03400000AABB59\n:00000001FF\n", "line 2 announces 3 data bytes but has 2");
        assertHexError(":020000040800F2\n:02400000AXBB59\n:00000001FF\n", "not a hex digit");
        assertHexError(":020000040801F1\n:02000000AABB99\n:00000001FF\n", "0x08010000, outside the DCT sectors");
        assertHexError(":020000040800F2\n:0240000\n:00000001FF\n", "too short");
        assertHexError(":020000040800F2\n:02400006AABB53\n:00000001FF\n", "unknown record type 0x06");
        assertHexError(":00000001FF\n", "no data");
        assertHexError(":020000040800F2\n:02400000AABB59\n:00000001FF\n:02400000AABB59\n", "after the end-of-file");
        assertHexError(":020000040800F2\n:02400000AABB59\n:02400000AACC48\n:00000001FF\n", "second, different value");
        assertHexError(":020000040800F2\nxyz\n:00000001FF\n", "line 2 does not start with ':'");
    }

    private static void assertHexError(String text, String message) {
        assertThatThrownBy(() -> DctReader.parse(text.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DctFormatException.class).hasMessageContaining(message);
    }

    @Test
    void readsFilesAndRefusesHugeOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dct.bin");
        Files.write(f, IMAGE);
        assertThat(DctReader.read(f).format()).isEqualTo(DctFormat.TWO_SECTORS);
        Path huge = dir.resolve("huge.bin");
        Files.write(huge, new byte[2 << 20]);
        assertThatThrownBy(() -> DctReader.read(huge)).isInstanceOf(DctFormatException.class).hasMessageContaining("far more");
    }
}

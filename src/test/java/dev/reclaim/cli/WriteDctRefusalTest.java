package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.layout.DctSector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code device write-dct} refuses another device's DCT and a damaged one unless {@code --force}. */
class WriteDctRefusalTest {
    /** device_id's offset in the application DCT (dct.h), and device_private_key's. */
    private static final int DEVICE_ID = 3618;
    private static final int PRIVATE_KEY = 34;

    @TempDir
    Path dir;
    @ReclaimHome
    Path home;

    @Test
    void anotherDevicesDctIsRefusedUnlessForced() throws Exception {
        Path mine = read();
        Path other = dir.resolve("other.bin");
        CliRun set = CliRun.of("dct", "set", mine.toString(), "device_id=hex:e00fce68aaaaaaaaaaaaaaaa",
                "--out", other.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();

        CliRun refused = CliRun.of("device", "write-dct", "--via", "sim:healthy", other.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("belongs to device e00fce68aaaaaaaaaaaaaaaa")
                .contains("not to this device (").contains("--force")
                .contains("was not written");
        assertThat(home.resolve("backups")).as("refused before anything was read").doesNotExist();

        CliRun forced = CliRun.of("device", "write-dct", "--via", "sim:healthy", "--force", other.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Wrote DCT2");
    }

    @Test
    void aFileWhoseCurrentCopyHasABadCrcAndAnInvalidKeyIsRefusedSayingBoth() throws Exception {
        byte[] image = Files.readAllBytes(read());
        int copy = DctImage.ofTwoSectors(image).select(DctGeneration.VERSIONED).current();
        int key = DctSector.imageOffset(copy) + DctSector.APP_DCT_OFFSET + PRIVATE_KEY;
        java.util.Arrays.fill(image, key, key + 1216, (byte) 0); // a wiped key slot, and the CRC no longer matches
        Path damaged = dir.resolve("damaged.bin");
        Files.write(damaged, image);

        CliRun refused = CliRun.of("device", "write-dct", "--via", "sim:healthy", damaged.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("CRC").contains("private key").contains("--force")
                .doesNotContain("Exception");
        assertThat(home.resolve("backups")).doesNotExist();
    }

    private Path read() {
        Path file = dir.resolve("dct.bin");
        assertThat(CliRun.of("device", "read-dct", "--via", "sim:healthy", "--out", file.toString()).exitCode())
                .isZero();
        return file;
    }
}

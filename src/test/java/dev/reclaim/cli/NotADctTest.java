package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short file counts as an application-DCT dump only if it looks like one; anything else is a usage error. */
class NotADctTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileAndAShortRunOfZerosAreRefusedWithExit2() throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), "x\n");
        CliRun check = CliRun.of("dct", "check", text.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("too few to hold any field").contains("8391").doesNotContain("No problems");

        Path zeros = Files.write(dir.resolve("zeros.bin"), new byte[4258]);
        CliRun show = CliRun.of("dct", "check", zeros.toString());
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("does not look like an application DCT").contains("00 00");
    }

    @Test
    void aRealApplicationDctDumpIsStillChecked() throws Exception {
        Path full = dir.resolve("dct.bin");
        assertThat(CliRun.of("device", "read-dct", "--via", "sim:healthy", "--out", full.toString()).exitCode())
                .isZero();
        byte[] image = Files.readAllBytes(full);
        Path app = Files.write(dir.resolve("app.bin"), java.util.Arrays.copyOfRange(image,
                dev.reclaim.dct.layout.DctSector.APP_DCT_OFFSET, dev.reclaim.dct.layout.DctSector.APP_DCT_OFFSET + 8391));
        CliRun check = CliRun.of("dct", "check", app.toString());
        assertThat(check.exitCode()).as(check.err()).isIn(0, 1);
    }
}

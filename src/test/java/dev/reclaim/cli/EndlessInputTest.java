package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endless and special files named as inputs (issue 13, item 12): a one-line refusal with exit 2, quickly, instead
 * of reading /dev/zero until memory runs out. Before the cap, {@code dct show /dev/zero} and
 * {@code device_private_key=@/dev/urandom} ran out of memory and {@code log analyze /dev/zero} never ended.
 */
class EndlessInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path dct;

    @BeforeEach
    void readADct() {
        dct = CliRun.simulatedDct(dir);
    }

    @Test
    void aDctFromDevZeroIsRefusedAsADevice() {
        CliRun r = assertTimeoutPreemptively(QUICKLY, () -> CliRun.of("dct", "show", "/dev/zero"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("reclaim: /dev/zero: it is a device, not a DCT dump");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at dev.reclaim");
    }

    @Test
    void aKeyFromDevUrandomIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("new.bin");
        CliRun r = assertTimeoutPreemptively(QUICKLY, () -> CliRun.of("dct", "set", dct.toString(),
                "device_private_key=@/dev/urandom", "--out", out.toString()));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("device_private_key: /dev/urandom: it is a device, not a key file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLogFromDevZeroIsRefusedBeforeReading() {
        CliRun r = assertTimeoutPreemptively(QUICKLY, () -> CliRun.of("log", "analyze", "/dev/zero"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("reclaim: cannot read '/dev/zero': it is a device, not a log file;"
                + " name a file that holds one.");
    }
}

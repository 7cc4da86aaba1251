package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a byte of a private key in any output (issue 13, item 12): {@code dct set} echoed the EC private key's
 * bytes as "hex a7a7a7a7…" and {@code dct show} its first byte as "found 0xa7".
 */
class SecretEchoTest {
    /** A byte that occurs nowhere else in what these commands print. */
    private static final String SECRET_BYTE = "a7";
    /**
     * What an echo of the key would print: a run of its bytes. A single "a7" may turn up by chance in a printed CRC
     * (the write plan shows the new copy's), so the written key is looked for as a run.
     */
    private static final String SECRET_RUN = SECRET_BYTE.repeat(3);
    /** The key's first byte named on its own, e.g. "starts with 0xa7" (a CRC 0xa7… is no such mention). */
    private static final String ONE_SECRET_BYTE = "(?i)0x" + SECRET_BYTE + "\\b";

    @TempDir
    Path dir;

    private Path dct;

    @BeforeEach
    void readADct() {
        dct = CliRun.simulatedDct(dir);
    }

    @Test
    void anEcPrivateKeyIsNeitherEchoedBySetNorShownByShow() {
        Path out = dir.resolve("ec.bin");
        CliRun set = CliRun.of("dct", "set", dct.toString(), "alt_device_private_key=hex:" + SECRET_BYTE.repeat(192),
                "--out", out.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("alt_device_private_key = 192 raw bytes").doesNotContainIgnoringCase(SECRET_RUN);

        CliRun show = CliRun.of("dct", "show", out.toString());
        assertThat(show.out()).contains("the EC private key is not DER: it should start with 0x30")
                .doesNotContainIgnoringCase(SECRET_RUN).doesNotContainPattern(ONE_SECRET_BYTE);
        CliRun json = CliRun.of("dct", "show", out.toString(), "--json");
        assertThat(json.out()).doesNotContainIgnoringCase(SECRET_RUN).doesNotContainPattern(ONE_SECRET_BYTE);
    }

    @Test
    void aSecretOfTheWrongLengthIsRefusedWithoutItsDigits() {
        CliRun r = CliRun.of("dct", "set", dct.toString(), "alt_device_private_key=hex:" + SECRET_BYTE.repeat(10),
                "--out", dir.resolve("x.bin").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("alt_device_private_key takes exactly 192 bytes").contains("hex:DIGITS")
                .doesNotContain(SECRET_BYTE);
        CliRun odd = CliRun.of("dct", "set", dct.toString(), "device_private_key=hex:" + SECRET_BYTE + "0",
                "--out", dir.resolve("y.bin").toString());
        assertThat(odd.err()).contains("odd number of hex digits").doesNotContain(SECRET_BYTE);
    }
}

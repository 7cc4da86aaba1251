package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalTheBarRedrawsInPlaceAndEndsItsLineWhenDone() {
        transferTwoStages(new ProgressBar(err, true));

        String printed = printed();
        assertThat(printed).startsWith("Backing up the DCT\n\r  [..............................]   0%")
                .containsPattern("\r  \\[#{30}] 100%  32\\.0/32\\.0 KiB  [0-9.]+ KiB/s\nWriting DCT2\n\r")
                .containsPattern("\r  \\[#{30}] 100%  16\\.0/16\\.0 KiB  [0-9.]+ KiB/s\n$");
    }

    @Test
    void elsewhereEachStageAndEachFinishedTransferIsOnePlainLine() {
        transferTwoStages(new ProgressBar(err, false));

        String printed = printed();
        assertThat(printed).doesNotContain("\r").doesNotContain("#");
        assertThat(printed.lines().toList()).hasSize(4)
                .satisfies(lines -> {
                    assertThat(lines.get(0)).isEqualTo("Backing up the DCT");
                    assertThat(lines.get(1)).matches("  32\\.0 KiB in \\d+\\.\\d s, \\d+\\.\\d KiB/s");
                    assertThat(lines.get(2)).isEqualTo("Writing DCT2");
                    assertThat(lines.get(3)).matches("  16\\.0 KiB in \\d+\\.\\d s, \\d+\\.\\d KiB/s");
                });
    }

    @Test
    void plainOutputReportsARepeatedFinalCountOnceAndSmallWritesInBytes() {
        ProgressBar plain = new ProgressBar(err, false);
        plain.stage("Reading the DCT");
        plain.progress(4, 4);
        plain.progress(4, 4);

        assertThat(printed().lines().toList()).hasSize(2).last().asString().startsWith("  4 bytes in ");
    }

    private void transferTwoStages(ProgressBar bar) {
        bar.stage("Backing up the DCT");
        for (int done = 0; done <= 32 * 1024; done += 1024) {
            bar.progress(done, 32 * 1024);
        }
        bar.stage("Writing DCT2");
        for (int done = 0; done <= 16 * 1024; done += 512) {
            bar.progress(done, 16 * 1024);
        }
        bar.finishLine();
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

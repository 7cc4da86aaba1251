package dev.reclaim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void devicesAreRefusedByTheirType() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            assertThatThrownBy(() -> InputFiles.readAtMost(Path.of(device), 1000, "a key file"))
                    .isInstanceOf(InputFiles.UnusableInputException.class)
                    .hasMessage("it is a device, not a key file; name a file that holds one.");
        }
    }

    @Test
    void aFileUpToTheCapIsReadWholeAndOneByteMoreIsRefused() throws IOException {
        Path fits = Files.write(dir.resolve("fits"), new byte[1000]);
        Path over = Files.write(dir.resolve("over"), new byte[1001]);

        assertThat(InputFiles.readAtMost(fits, 1000, "a key file")).hasSize(1000);
        assertThatThrownBy(() -> InputFiles.readAtMost(over, 1000, "a key file"))
                .hasMessage("it holds more than 1000 bytes, far more than a key file.");
    }

    /** A named pipe has no size and may never end: only the cap stops the read. */
    @Test
    void anEndlessNamedPipeIsCutAtTheCap() throws Exception {
        Path fifo = dir.resolve("endless");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] zeros = new byte[4096];
                while (true) {
                    out.write(zeros);
                }
            } catch (IOException e) {
                // the reader closed the pipe: done
            }
        }, "endless-writer");
        writer.setDaemon(true);
        writer.start();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                () -> InputFiles.readAtMost(fifo, 1 << 20, "a DCT dump"))
                .isInstanceOf(InputFiles.UnusableInputException.class)
                .hasMessageStartingWith("it holds more than 1048576 bytes"));
        writer.join(10_000);
        assertThat(writer.isAlive()).as("writer ended when the pipe closed").isFalse();
    }
}

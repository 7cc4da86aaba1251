package dev.reclaim.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aMissingFileNamesThePathAndTheFix() {
        Problem p = Problem.of("open dct.bin", new NoSuchFileException("/tmp/dct.bin"));
        assertThat(p.title()).isEqualTo("Could not open dct.bin");
        assertThat(p.detail()).isEqualTo("There is no file /tmp/dct.bin.");
        assertThat(p.fix()).contains("File → Open");
    }

    @Test
    void wrappersAreUnwrappedToTheCoreMessage() {
        Exception core = new IOException("Bootloader did not answer 0x79 to GET: check BOOT0 is high and reset.");
        Problem p = Problem.of("read the device", new ExecutionException(new UncheckedIOException(
                (IOException) core)));
        assertThat(p.detail()).isEqualTo(core.getMessage());
        assertThat(p.fix()).contains("device connection");
    }

    @Test
    void aMessagelessFailureStillReadsAsASentenceWithoutAStackTrace() {
        Problem p = Problem.of("save", new NullPointerException());
        assertThat(p.detail()).isEqualTo("An unexpected null pointer exception happened.");
        assertThat(p.toString()).doesNotContain("at dev.reclaim");
    }
}

package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.P1Log;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log file read through its source: progress in bytes of the file's size, and a stop that ends cleanly. */
class FileLogSourceTest {
    /** The real "-19" log 300 times: 4,800 lines, 300 attempts, several chunks. */
    static Path bigLog(Path dir) throws IOException {
        return P1Log.repeated(dir, 300);
    }

    @Test
    void readsTheWholeFileReportingBytesOfItsSize(@TempDir Path dir) throws Exception {
        Path file = bigLog(dir);
        long size = Files.size(file);
        List<long[]> progress = new ArrayList<>();
        Recorder r = new Recorder();
        LogEngine engine = new LogEngine(r);

        new FileLogSource(file).run(engine, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(engine.lines()).isEqualTo(4800);
        assertThat(r.records).hasSize(4800);
        assertThat(progress.size()).as("several chunks").isGreaterThan(2);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(size));
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(size);
        assertThat(r.lastAttempt().number()).isEqualTo(300);
        assertThat(r.lastAttempt().ended()).isTrue();
    }

    @Test
    void stoppingEndsTheReadCleanlyAfterTheChunkInHand(@TempDir Path dir) throws Exception {
        Path file = bigLog(dir);
        FileLogSource source = new FileLogSource(file);
        List<Long> progress = new ArrayList<>();
        Recorder r = new Recorder();
        LogEngine engine = new LogEngine(r);

        source.run(engine, (done, total) -> {
            progress.add(done);
            source.stop();
        });

        assertThat(progress).as("nothing read after the stop").hasSize(1);
        assertThat(engine.lines()).isGreaterThan(0).isLessThan(4800);
        Attempt last = r.lastAttempt();
        assertThat(last.ended()).as("the engine was finished: the attempt in hand is closed").isTrue();
        assertThat(last.number()).isLessThan(300);
        assertThat(source.description()).isEqualTo("file " + file.getFileName());
        assertThat(source.live()).isFalse();
    }

    @Test
    void anInterruptedReaderStopsWithoutAnError(@TempDir Path dir) throws Exception {
        Path file = bigLog(dir);
        LogEngine engine = new LogEngine(new Recorder());
        try {
            new FileLogSource(file).run(engine, (done, total) -> Thread.currentThread().interrupt());
            assertThat(engine.lines()).isGreaterThan(0).isLessThan(4800);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller to see").isTrue();
        }
    }

    @Test
    void aMissingFileFailsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.log");
        assertThatThrownBy(() -> new FileLogSource(missing).run(new LogEngine(new Recorder()), ProgressListener.NONE))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nothing.log");
    }
}

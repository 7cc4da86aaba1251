package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard input and other streams: read to their end, left open for their owner, stopped between reads. */
class StreamLogSourceTest {
    private static final String LOG = """
            0000005346 [system] INFO: Cloud: connecting
            0000006302 [system] WARN: Cloud handshake failed, code=-19
            0000006346 [system] INFO: Cloud: connecting
            """;

    /** Gives at most {@code step} bytes per read, like a pipe, and remembers whether it was closed. */
    static class Pipe extends ByteArrayInputStream {
        final int step;
        boolean closed;
        int reads;

        Pipe(String text, int step) {
            super(text.getBytes());
            this.step = step;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            reads++;
            return super.read(b, off, Math.min(len, step));
        }

        @Override
        public void close() throws IOException {
            closed = true;
        }
    }

    @Test
    void readsToTheEndWithAnUnknownTotalAndLeavesTheStreamOpen() throws Exception {
        Pipe in = new Pipe(LOG, 10);
        List<long[]> progress = new ArrayList<>();
        Recorder r = new Recorder();
        LogEngine engine = new LogEngine(r);

        new StreamLogSource(in, "standard input").run(engine, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(r.records).extracting(LogRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(-1));
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(LOG.length());
        assertThat(r.lastAttempt().number()).isEqualTo(2);
        assertThat(r.lastAttempt().ended()).as("finished at the end of the stream").isTrue();
        assertThat(in.closed).as("the stream belongs to the caller").isFalse();
    }

    @Test
    void stopTakesEffectBeforeTheNextRead() throws Exception {
        Pipe in = new Pipe(LOG, 10);
        StreamLogSource source = new StreamLogSource(in, "a pipe");
        LogEngine engine = new LogEngine(new Recorder());

        source.run(engine, (done, total) -> source.stop());

        assertThat(in.reads).isEqualTo(1);
        assertThat(engine.lines()).as("the 10 bytes in hand end as one broken line").isEqualTo(1);
    }

    @Test
    void aReadFailingBecauseOfAnInterruptIsAStopButOtherFailuresAreReported() throws Exception {
        InputStream interrupted = new InputStream() {
            @Override
            public int read() throws IOException {
                Thread.currentThread().interrupt(); // what an interruptible channel does when its reader is interrupted
                throw new ClosedByInterruptException();
            }
        };
        try {
            new StreamLogSource(interrupted, "a channel").run(new LogEngine(new Recorder()), ProgressListener.NONE);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }

        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device went away");
            }
        };
        Recorder r = new Recorder();
        assertThatThrownBy(() -> new StreamLogSource(broken, "a pipe").run(new LogEngine(r), ProgressListener.NONE))
                .hasMessage("device went away");
    }

    @Test
    void standardInputIsAFiniteSourceNamedForTheUser() {
        StreamLogSource stdin = StreamLogSource.standardInput();
        assertThat(stdin.description()).isEqualTo("standard input");
        assertThat(stdin.live()).isFalse();
    }
}

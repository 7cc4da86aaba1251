package dev.reclaim.ui.log;

import dev.reclaim.log.Attempt;
import dev.reclaim.log.AttemptBroadcast;
import dev.reclaim.finding.Finding;
import dev.reclaim.log.LogEngine;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogRecord;
import dev.reclaim.log.LogSource;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.ui.common.Operations;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Feeds one {@link LogSource} — a file, a log port, the simulator's log UART — through the log engine into the log
 * view and the handshake panel. The engine runs on the source's thread; the view models take over once per frame.
 */
public final class LogSession {
    private final LogSource source;
    private final LogViewModel lines;
    private final HandshakeViewModel handshakes;
    private final AttemptBroadcast attempts;
    private Thread thread;

    public LogSession(LogSource source, LogViewModel lines, HandshakeViewModel handshakes) {
        this(source, lines, handshakes, new AttemptBroadcast());
    }

    /** @param attempts where the attempts go besides the handshake panel (a live device's, for a wizard's witness) */
    public LogSession(LogSource source, LogViewModel lines, HandshakeViewModel handshakes, AttemptBroadcast attempts) {
        this.attempts = attempts;
        this.source = source;
        this.lines = lines;
        this.handshakes = handshakes;
    }

    /**
     * Work for {@link Operations} (a file): runs the source to its end with progress in bytes; cancelling the job
     * stops the source. Returns the number of lines read.
     */
    public Operations.Work<Long> work() {
        return progress -> run((done, total) -> {
            progress.update(done, total);
            if (progress.isCancelled()) {
                source.stop();
            }
        });
    }

    /**
     * Runs the source on a thread of its own (a live device) until {@link #stop()} or its end. {@code failed} hears,
     * on that thread, when the source cannot be opened or read.
     */
    public LogSession start(Consumer<IOException> failed) {
        thread = new Thread(() -> {
            try {
                run(ProgressListener.NONE);
            } catch (IOException e) {
                failed.accept(e);
            }
        }, "log " + source.description());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops reading and waits a moment for the reader; the attempt in progress ends as incomplete. */
    public void stop() {
        source.stop();
        if (thread != null) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long run(ProgressListener progress) throws IOException {
        LogEngine engine = new LogEngine(new IntoViews());
        source.run(engine, progress);
        return engine.lines();
    }

    /** The engine's findings, handed to the view models from the reader thread. */
    private final class IntoViews implements LogListener {
        /** A file can wait for the view to make room; a live device cannot, so its overflow is counted as dropped. */
        private final boolean canWait = !source.live();

        @Override
        public void onRecord(LogRecord record) {
            put(record);
        }

        /** The device printed the same message again (two log handlers); the view shows every line it printed. */
        @Override
        public void onRepeat(LogRecord record, int times) {
            put(record);
        }

        @Override
        public void onAttempt(Attempt attempt) {
            handshakes.offer(attempt);
            attempts.publish(attempt);
        }

        @Override
        public void onDiagnosis(Finding diagnosis) {
            handshakes.offer(diagnosis);
        }

        private void put(LogRecord r) {
            LogRow row = new LogRow(r.line(), r.level(), r.category(), r.text());
            if (!canWait) {
                lines.append(row);
                return;
            }
            try {
                lines.appendWaiting(row);
            } catch (InterruptedException e) {
                // Cancelled while waiting for room: the source notices the interrupt and ends after this chunk.
                Thread.currentThread().interrupt();
                source.stop();
            }
        }
    }
}

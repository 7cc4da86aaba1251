package dev.reclaim.ui.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.link.ByteLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogEngine;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogRecord;
import dev.reclaim.ui.common.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Feeds one log source — a file or a device's log UART — through the log engine into the log view and the
 * handshake panel. The engine runs on the source's own thread; the view models take over once per frame.
 */
public final class LogSession implements LogListener {
    private static final int CHUNK = 64 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 200;
    private final LogViewModel lines;
    private final HandshakeViewModel handshakes;
    /** A file can wait for the view to make room; a live device cannot, so its overflow is counted as dropped. */
    private final boolean canWait;

    private LogSession(LogViewModel lines, HandshakeViewModel handshakes, boolean canWait) {
        this.lines = lines;
        this.handshakes = handshakes;
        this.canWait = canWait;
    }

    /** Work for {@link Operations}: reads the whole file through the engine, reporting progress in bytes. */
    public static Operations.Work<Long> readFile(Path file, LogViewModel lines, HandshakeViewModel handshakes) {
        return progress -> {
            LogEngine engine = new LogEngine(new LogSession(lines, handshakes, true));
            long size = Files.size(file);
            long done = 0;
            byte[] buf = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (progress.isCancelled()) {
                        throw new InterruptedIOException("Stopped reading " + file.getFileName());
                    }
                    engine.feed(buf, 0, n);
                    done += n;
                    progress.update(done, size);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            engine.finish();
            return engine.lines();
        };
    }

    /** Follows a live link on a thread of its own until {@link Live#stop()} or until the link closes. */
    public static Live follow(ByteLink link, LogViewModel lines, HandshakeViewModel handshakes) {
        LogEngine engine = new LogEngine(new LogSession(lines, handshakes, false));
        AtomicBoolean stopped = new AtomicBoolean();
        return Live.start("log-reader " + link.name(), () -> pump(link, engine, stopped), () -> {
            stopped.set(true);
            link.close();
        });
    }

    /**
     * Follows a serial log port (115200 8N1) on a thread of its own. When the port vanishes — a device resetting
     * re-enumerates its USB port — the source waits for it and carries on; {@code ports} hears of it.
     * {@code cannotOpen} hears when the port cannot be opened at all.
     */
    public static Live followPort(String port, LogViewModel lines, HandshakeViewModel handshakes,
                                  SerialLogSource.PortListener ports, Consumer<IOException> cannotOpen) {
        SerialLogSource source = SerialLogSource.serial(port, SerialSettings.log(SerialSettings.DEFAULT_LOG_BAUD),
                ports);
        LogEngine engine = new LogEngine(new LogSession(lines, handshakes, false));
        return Live.start("log-port " + port, () -> {
            try {
                source.run(engine, ProgressListener.NONE);
            } catch (IOException e) {
                cannotOpen.accept(e);
            }
        }, source::stop);
    }

    private static void pump(ByteLink link, LogEngine engine, AtomicBoolean stopped) {
        byte[] buf = new byte[4096];
        try {
            while (!stopped.get()) {
                int n = link.read(buf, 0, buf.length, READ_TIMEOUT_MILLIS);
                if (n > 0) {
                    engine.feed(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // The link closed (stop(), device switched off): end the last line and the attempt in progress.
        } finally {
            engine.finish();
        }
    }

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
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("Stopped reading the log"));
        }
    }

    /** A live log: a reader thread feeding the engine, and how to stop it. */
    public static final class Live {
        private final Thread thread;
        private final Runnable stopper;

        private Live(Thread thread, Runnable stopper) {
            this.thread = thread;
            this.stopper = stopper;
        }

        static Live start(String name, Runnable reader, Runnable stopper) {
            Thread t = new Thread(reader, name);
            t.setDaemon(true);
            t.start();
            return new Live(t, stopper);
        }

        /** Stops reading; the attempt in progress ends as incomplete. */
        public void stop() {
            stopper.run();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

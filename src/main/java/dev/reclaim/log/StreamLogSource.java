package dev.reclaim.log;

import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * A log read from a stream that someone else opened and closes, such as standard input. It ends at the end of the
 * stream; {@link #stop()} takes effect between reads (a read that waits on a silent pipe is not cut short).
 */
public final class StreamLogSource implements LogSource {
    /** Big enough that a huge file is not read in tiny steps, small enough that a cancel is noticed quickly. */
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final String description;
    private volatile boolean stopped;

    public StreamLogSource(InputStream in, String description) {
        this.in = in;
        this.description = description;
    }

    /** The process's standard input ({@code reclaim log analyze -}). */
    public static StreamLogSource standardInput() {
        return new StreamLogSource(System.in, "standard input");
    }

    @Override
    public String description() {
        return description;
    }

    /** A pipe waits for its reader, so nothing of it is dropped. */
    @Override
    public boolean live() {
        return false;
    }

    /** Reads to the end of the stream (or {@link #stop()}); progress is in bytes of an unknown total. */
    @Override
    public void run(LogEngine engine, ProgressListener progress) throws IOException {
        read(in, -1, engine, progress, () -> stopped);
    }

    @Override
    public void stop() {
        stopped = true;
    }

    /**
     * The read loop every finite source shares: feeds {@code in} to the engine chunk by chunk until its end, a stop
     * or an interrupt, then finishes the engine. A read that fails because it was stopped or interrupted (an
     * interruptible channel closes itself) is the stop it was asked for, not an error.
     */
    static void read(InputStream in, long size, LogEngine engine, ProgressListener progress, BooleanSupplier stopped)
            throws IOException {
        byte[] buf = new byte[CHUNK];
        long done = 0;
        try {
            for (int n; !stopped.getAsBoolean() && !Thread.currentThread().isInterrupted() && (n = in.read(buf)) >= 0; ) {
                engine.feed(buf, 0, n);
                done += n;
                progress.progress(done, size);
            }
        } catch (IOException e) {
            if (!stopped.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                throw e;
            }
        } finally {
            engine.finish();
        }
    }
}

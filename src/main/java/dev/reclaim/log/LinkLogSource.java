package dev.reclaim.log;

import dev.reclaim.link.ByteLink;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;

/**
 * A log read from a link that is already open, such as the simulated P1's log UART. The link closing (the device
 * switched off, {@link #stop()}) ends the source; the attempt in progress then ends as incomplete.
 */
public final class LinkLogSource implements LogSource {
    private static final int READ_TIMEOUT_MILLIS = 200;
    private final ByteLink link;
    private final String description;
    private volatile boolean stopped;

    public LinkLogSource(ByteLink link, String description) {
        this.link = link;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public void run(LogEngine engine, ProgressListener progress) {
        byte[] buf = new byte[4096];
        long total = 0;
        try {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                int n = link.read(buf, 0, buf.length, READ_TIMEOUT_MILLIS);
                if (n > 0) {
                    engine.feed(buf, 0, n);
                    total += n;
                    progress.progress(total, -1);
                }
            }
        } catch (IOException closed) {
            // The link closed: that is the end of this log, not an error.
        } finally {
            engine.finish();
        }
    }

    @Override
    public void stop() {
        stopped = true;
        link.close();
    }
}

package dev.reclaim.cli;

import dev.reclaim.target.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr: "Reading DCT  [#######.......]  52%  16.6/32.0 KiB  9.8 KiB/s". */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private String stage;
    private long stageStart;
    private long lastDraw;
    private boolean lineOpen;

    ProgressBar(PrintStream out, String stage) {
        this.out = out;
        this.stage = stage;
    }

    @Override
    public void stage(String description) {
        finishLine();
        stage = description;
        stageStart = 0;
    }

    @Override
    public void progress(long done, long total) {
        long now = System.nanoTime();
        if (stageStart == 0) {
            stageStart = now;
        }
        boolean finished = done >= total;
        if (!finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        double seconds = Math.max(1e-3, (now - stageStart) / 1e9);
        out.printf("\r%-22s [%s%s] %3d%%  %.1f/%.1f KiB  %.1f KiB/s", stage, "#".repeat(filled),
                ".".repeat(WIDTH - filled), total == 0 ? 100 : 100 * done / total, done / 1024.0, total / 1024.0,
                done / 1024.0 / seconds);
        lineOpen = true;
        if (finished) {
            finishLine();
        }
        out.flush();
    }

    /** Ends the current bar's line so later output starts on a fresh one. */
    void finishLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }
}

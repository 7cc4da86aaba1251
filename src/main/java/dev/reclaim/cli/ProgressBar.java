package dev.reclaim.cli;

import dev.reclaim.progress.ProgressListener;
import java.io.PrintStream;

/**
 * Progress on stderr: each stage on its own line, then a bar that redraws in place while bytes move:
 * {@code   [###########...................]  37%  12.0/32.0 KiB  9.8 KiB/s}.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private long stageStart;
    private long lastDraw;
    private boolean barOpen;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stage(String description) {
        finishLine();
        out.println(description);
        out.flush();
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
        out.printf("\r  [%s%s] %3d%%  %.1f/%.1f KiB  %.1f KiB/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                total == 0 ? 100 : 100 * done / total, done / 1024.0, total / 1024.0, done / 1024.0 / seconds);
        barOpen = true;
        if (finished) {
            finishLine();
        }
        out.flush();
    }

    /** Ends the bar's line so that later output starts on a fresh one. */
    void finishLine() {
        if (barOpen) {
            out.println();
            barOpen = false;
        }
    }
}

package dev.reclaim.cli;

import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress on stderr, each stage on its own line. On a terminal a bar then redraws in place while bytes move:
 * {@code   [###########...................]  37%  12.0/32.0 KiB  9.8 KiB/s}. Elsewhere (a pipe, a file, a CI log)
 * carriage returns would pile up into one unreadable line, so each finished transfer gets one plain line instead:
 * {@code   32.0 KiB in 3.3 s, 9.8 KiB/s}.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long stageStart;
    private long lastDraw;
    private boolean barOpen;
    private boolean stageFinished;

    /** Progress on {@code out}, drawn as a bar when stderr is a terminal. */
    ProgressBar(PrintStream out) {
        this(out, stderrIsTerminal());
    }

    /** Progress on {@code out}, as a bar that redraws in place if {@code terminal}, else as plain lines. */
    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void stage(String description) {
        finishLine();
        out.println(description);
        out.flush();
        stageStart = 0;
        stageFinished = false;
    }

    @Override
    public void progress(long done, long total) {
        long now = System.nanoTime();
        if (stageStart == 0) {
            stageStart = now;
        }
        boolean finished = done >= total;
        if (terminal) {
            drawBar(done, total, finished, now);
        } else if (finished && !stageFinished) {
            String size = total < 1024 ? total + (total == 1 ? " byte" : " bytes") : String.format(Locale.ROOT, "%.1f KiB", total / 1024.0);
            out.printf(Locale.ROOT, "  %s in %.1f s, %.1f KiB/s%n", size, seconds(now), kibPerSecond(done, now));
            out.flush();
        }
        stageFinished = finished;
    }

    private void drawBar(long done, long total, boolean finished, long now) {
        if (!finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        out.printf(Locale.ROOT, "\r  [%s%s] %3d%%  %.1f/%.1f KiB  %.1f KiB/s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), total == 0 ? 100 : 100 * done / total, done / 1024.0, total / 1024.0,
                kibPerSecond(done, now));
        barOpen = true;
        if (finished) {
            finishLine();
        }
        out.flush();
    }

    private double seconds(long now) {
        return Math.max(1e-3, (now - stageStart) / 1e9);
    }

    private double kibPerSecond(long done, long now) {
        return done / 1024.0 / seconds(now);
    }

    /** Ends the bar's line so that later output starts on a fresh one. */
    void finishLine() {
        if (barOpen) {
            out.println();
            barOpen = false;
        }
    }

    /**
     * Whether file descriptor 2 is a terminal. Linux names the device behind it in /proc; elsewhere the JVM only
     * knows whether it has a console (stdin and stdout interactive), the closest stand-in it offers.
     */
    private static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}

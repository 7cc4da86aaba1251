package dev.reclaim.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Files the desktop hands over while Reclaim runs rather than as arguments (macOS Finder's open-documents Apple
 * Event, {@link MacOpenFiles}). They may arrive from any thread and before the window exists: kept until the window
 * takes them, then each opened on the FX thread the way {@code reclaim FILE} and File &rarr; Open open one.
 */
final class OpenedFiles {
    private final Executor fxThread;
    private final List<Path> waiting = new ArrayList<>();
    private Consumer<Path> opener;

    /** @param fxThread where files are opened ({@code Platform::runLater}) */
    OpenedFiles(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** Files the desktop asked to open: opened now if the window is there, else when it is. */
    synchronized void arrived(List<Path> files) {
        if (opener == null) {
            waiting.addAll(files);
        } else {
            deliver(List.copyOf(files));
        }
    }

    /** The window is ready: opens what waited, in the order it came, and everything that comes later. */
    synchronized void openWith(Consumer<Path> windowOpener) {
        opener = windowOpener;
        deliver(List.copyOf(waiting));
        waiting.clear();
    }

    private void deliver(List<Path> files) {
        Consumer<Path> target = opener;
        if (!files.isEmpty()) {
            fxThread.execute(() -> files.forEach(target));
        }
    }
}

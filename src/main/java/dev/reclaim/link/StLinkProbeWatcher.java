package dev.reclaim.link;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells a listener (the GUI's device panel) whenever the set of plugged-in ST-Links changes. It polls rather than
 * using libusb's hot-plug callbacks, which Windows does not have; a USB scan is cheap enough to run once a second.
 * The listener is called on the watcher's own thread; a UI hands the list over to its thread.
 */
public final class StLinkProbeWatcher implements AutoCloseable {
    /** Where the probe list comes from: {@link StLinkProbes#list()} in the application, a fake in tests. */
    @FunctionalInterface
    public interface Scanner {
        List<StLinkProbe> scan() throws IOException;
    }

    private final Scanner scanner;
    private final Consumer<List<StLinkProbe>> listener;
    private final Consumer<String> problems;
    private final ScheduledExecutorService executor;
    private List<StLinkProbe> last;
    private String lastProblem;

    private StLinkProbeWatcher(Scanner scanner, Consumer<List<StLinkProbe>> listener, Consumer<String> problems) {
        this.scanner = scanner;
        this.listener = listener;
        this.problems = problems;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "st-link probe watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching: the listener hears the first list at once, then every change.
     *
     * @param problems hears, once per distinct message, why the bus could not be scanned (no libusb, …)
     */
    public static StLinkProbeWatcher start(Scanner scanner, long periodMillis, Consumer<List<StLinkProbe>> listener,
                                           Consumer<String> problems) {
        StLinkProbeWatcher watcher = new StLinkProbeWatcher(scanner, listener, problems);
        watcher.executor.scheduleWithFixedDelay(watcher::poll, 0, periodMillis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** One scan; package-visible so tests can step the watcher without waiting for its timer. */
    synchronized void poll() {
        try {
            List<StLinkProbe> now = List.copyOf(scanner.scan());
            lastProblem = null;
            if (!now.equals(last)) {
                last = now;
                listener.accept(now);
            }
        } catch (IOException | RuntimeException e) {
            if (!Objects.equals(e.getMessage(), lastProblem)) {
                lastProblem = e.getMessage();
                problems.accept(e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package dev.reclaim.ui;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** A main window for tests: its own worker threads, a scratch preferences node, no serial ports. */
public final class TestWindows {
    public final TestDialogs dialogs = new TestDialogs();
    public final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-work");
        t.setDaemon(true);
        return t;
    });
    /** Where backups of written DCTs go: a scratch directory, never the user's ~/.reclaim. */
    public final Path home;
    private final Preferences prefs = Preferences.userRoot().node("dev/reclaim/test/main-" + System.nanoTime());

    /** Where the windows this opens remember their layout and theme. */
    Preferences prefs() {
        return prefs;
    }

    private final List<MainWindow> opened = new java.util.ArrayList<>();
    private final List<Stage> stages = new java.util.ArrayList<>();

    public TestWindows() {
        try {
            home = Files.createTempDirectory("reclaim-gui-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public MainWindow open(Stage stage, String deviceSpec) {
        return open(stage, deviceSpec, List.of());
    }

    /** Opens the window as the application does when files are named on its command line. */
    public MainWindow open(Stage stage, String deviceSpec, List<Path> files) {
        MainWindow w = new MainWindow(stage, new MainWindow.Services(workers, new WindowMemory(prefs),
                new DeviceScanner(List::of, List::of), owner -> dialogs,
                new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults()),
                new BackupStore(home, Clock.systemUTC()), home),
                deviceSpec);
        opened.add(w);
        stages.add(stage);
        ReclaimApp.show(stage, w, files);
        return w;
    }

    public void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            opened.forEach(MainWindow::dispose);
            stages.forEach(Stage::close);
        }).get();
        workers.shutdownNow();
        prefs.removeNode();
        try (var files = Files.walk(home)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

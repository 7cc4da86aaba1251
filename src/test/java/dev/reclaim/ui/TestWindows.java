package dev.reclaim.ui;

import dev.reclaim.ui.common.WindowMemory;
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
    private final Preferences prefs = Preferences.userRoot().node("dev/reclaim/test/main-" + System.nanoTime());

    private final List<MainWindow> opened = new java.util.ArrayList<>();

    public MainWindow open(Stage stage, String deviceSpec) {
        MainWindow w = new MainWindow(stage, new MainWindow.Services(workers, new WindowMemory(prefs),
                List::of, owner -> dialogs), deviceSpec);
        opened.add(w);
        stage.show();
        return w;
    }

    public void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> opened.forEach(MainWindow::dispose)).get();
        workers.shutdownNow();
        prefs.removeNode();
    }
}

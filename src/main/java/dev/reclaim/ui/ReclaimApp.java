package dev.reclaim.ui;

import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;

/** The workstation application: builds the {@link MainWindow} on the device named on the command line. */
public final class ReclaimApp extends Application {
    private static volatile String deviceSpec = DeviceKinds.DEFAULT_TEXT;
    private ExecutorService workers;

    /** Blocks until the window is closed. */
    public static void launchWith(String device) {
        deviceSpec = device;
        Warmup.start();
        Application.launch(ReclaimApp.class);
    }

    @Override
    public void start(Stage stage) {
        workers = Executors.newCachedThreadPool(daemonThreads());
        MainWindow window = new MainWindow(stage, new MainWindow.Services(workers, WindowMemory.forUser(),
                DeviceScanner.system(), FileDialogs::nativeFor, DeviceOptions.workstation(),
                BackupStore.standard()), deviceSpec);
        if (Boolean.getBoolean("reclaim.timing")) {
            StartupTiming.report(stage, window);
        }
        stage.show();
        window.root().requestFocus();
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "reclaim-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package dev.reclaim.ui;

import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.ReclaimHome;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The workstation application: builds the {@link MainWindow} on the device and files named on the command line. */
public final class ReclaimApp extends Application {
    private static volatile String deviceSpec = DeviceKinds.DEFAULT_TEXT;
    private static volatile List<Path> files = List.of();
    private static final OpenedFiles OPENED_LATER = new OpenedFiles(Platform::runLater);
    private ExecutorService workers;

    /** Blocks until the window is closed. */
    public static void launchWith(String device, List<Path> filesToOpen) {
        deviceSpec = device;
        files = List.copyOf(filesToOpen);
        StartupTiming.mark("launching the toolkit");
        Warmup.start();
        // before the toolkit starts, so that the Apple Event of a launch by a double-clicked file finds the handler
        MacOpenFiles.installIfMac(System.getProperty("os.name", ""), OPENED_LATER);
        Application.launch(ReclaimApp.class);
    }

    @Override
    public void init() {
        StartupTiming.mark("toolkit started (Application.init)");
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.mark("Application.start");
        workers = Executors.newCachedThreadPool(daemonThreads());
        MainWindow window = new MainWindow(stage, new MainWindow.Services(workers, WindowMemory.forUser(),
                DeviceScanner.system(), FileDialogs::nativeFor, DeviceOptions.workstation(),
                BackupStore.standard(), ReclaimHome.directory()), deviceSpec);
        StartupTiming.mark("window built");
        if (StartupTiming.ON) {
            StartupTiming.report(stage, window);
        }
        show(stage, window, files);
        OPENED_LATER.openWith(window::openFile);
        window.root().requestFocus();
    }

    /** Shows the window, then opens each file as File &rarr; Open does, so problems land in its banner. */
    static void show(Stage stage, MainWindow window, List<Path> filesToOpen) {
        stage.show();
        filesToOpen.forEach(window::openFile);
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

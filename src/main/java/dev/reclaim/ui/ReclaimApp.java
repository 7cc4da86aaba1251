package dev.reclaim.ui;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.ui.device.JSerialCommPortScanner;
import dev.reclaim.ui.device.ProbeScanner;
import dev.reclaim.workflow.BackupStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;

/** The workstation application: builds the {@link MainWindow} on the device named on the command line. */
public final class ReclaimApp extends Application {
    private static volatile String deviceSpec = "sim:keys-rejected";
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
                new JSerialCommPortScanner(), ProbeScanner.usb(), FileDialogs::nativeFor, simulator(),
                BackupStore.standard()), deviceSpec);
        if (Boolean.getBoolean("reclaim.timing")) {
            StartupTiming.report(stage, window);
        }
        stage.show();
        window.root().requestFocus();
    }

    /**
     * The simulated P1 as the workstation runs it: real flash erase and program times (a write takes as long as on
     * a device), but its firmware prints each boot's connection attempt at once, with the device's own time stamps,
     * instead of five seconds later — so a first launch shows the failing handshake right away.
     */
    private static SimulatorOptions simulator() {
        SimulatorOptions real = SimulatorOptions.realistic();
        return new SimulatorOptions(real.paced(), real.baud(), real.timing(), false, real.leadingZeroGlitch(),
                real.bootloaderVersion());
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

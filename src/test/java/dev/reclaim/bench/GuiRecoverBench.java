package dev.reclaim.bench;

import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.MainWindow;
import dev.reclaim.ui.TestDialogs;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.ui.wizard.WizardViewModel;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The technician's recovery timed in the real window on the paced simulator (bytes at 115200 baud, datasheet flash
 * times, firmware in real time): from the first diagnosis shown (the window opened on sim:keys-rejected) to the
 * Recover keys wizard's "Handshake completed", over the UART bootloader and through the simulated ST-Link. The
 * wizard is opened and started as its fix button and Enter do. Needs a display; run it under Xvfb:
 * <pre>
 *   mvn -q -o test-compile
 *   xvfb-run -a java -cp "target/test-classes:target/classes:$(cat cp.txt)" dev.reclaim.bench.GuiRecoverBench [runs=1]
 * </pre>
 * ({@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt} writes cp.txt.)
 */
public final class GuiRecoverBench {
    private GuiRecoverBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        for (String spec : List.of("sim:keys-rejected", "sim-stlink:keys-rejected")) {
            for (int i = 0; i < runs; i++) {
                System.out.println(spec + " run " + (i + 1) + ": " + once(spec));
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static String once(String spec) throws Exception {
        Path home = Files.createTempDirectory("gui-recover-bench");
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-work");
            t.setDaemon(true);
            return t;
        });
        Preferences prefs = Preferences.userRoot().node("dev/reclaim/bench/gui-" + System.nanoTime());
        DeviceOptions paced = new DeviceOptions(SimulatorOptions.realistic().withPacing(true, 115200),
                BootloaderPortSettings.defaults());
        Stage[] stage = new Stage[1];
        MainWindow window = fx(() -> {
            stage[0] = new Stage();
            MainWindow w = new MainWindow(stage[0], new MainWindow.Services(workers, new WindowMemory(prefs),
                    new DeviceScanner(List::of, List::of), owner -> new TestDialogs(), paced,
                    new BackupStore(home, Clock.systemUTC()), home), spec);
            stage[0].show();
            return w;
        });
        long opened = System.nanoTime();
        try {
            waitFor(120, () -> window.handshakes().diagnoses().stream()
                    .anyMatch(d -> d.wizard().filter(WizardId.RECOVER_KEYS::equals).isPresent()));
            long diagnosed = System.nanoTime();
            WizardViewModel vm = fx(() -> {
                window.fixForTests(WizardId.RECOVER_KEYS);
                WizardViewModel m = window.openWizard().vmForTests();
                m.start();
                return m;
            });
            waitFor(300, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
            long done = System.nanoTime();
            String summary = fx(() -> vm.summaryProperty().get());
            String steps = fx(vm::report);
            System.out.print(steps);
            return String.format(java.util.Locale.ROOT, "diagnosis shown %.1f s after the window opened;"
                    + " diagnosis shown → wizard finished %.1f s — %s", (diagnosed - opened) / 1e9,
                    (done - diagnosed) / 1e9, summary);
        } finally {
            fx(() -> {
                if (window.openWizard() != null) {
                    window.openWizard().close();
                }
                window.dispose();
                stage[0].close();
                return null;
            });
            workers.shutdownNow();
            prefs.removeNode();
        }
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!fx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not within " + seconds + " s");
            }
            Thread.sleep(50); // a bench's poll, not a test's wait
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        Platform.runLater(task);
        return task.get();
    }
}

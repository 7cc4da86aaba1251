package dev.reclaim.ui;

import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.Theme;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import dev.reclaim.ui.wizard.WizardViewModel;
import dev.reclaim.workflow.BackupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Produces the README's screenshots from the real main window on the simulated P1 ({@code keys-rejected}):
 * the log with its handshake timeline and diagnosis, the DCT editor, the dark theme, the Recover keys wizard run to
 * its end, a shift of two devices in View → Line, and the History and report windows with those runs. Run by
 * {@code docs/screenshots.sh} (under Xvfb); writes PNGs into the directory given (default docs/img).
 */
public final class Screenshots {
    private static Path out = Path.of("docs/img");

    private Screenshots() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            out = Path.of(args[0]);
        }
        Application.launch(Shooter.class, args);
    }

    /** Opens the window, then walks through the views on a script thread. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Preferences prefs = Preferences.userRoot().node("dev/reclaim/screenshots-" + System.nanoTime());
            Path home = Files.createTempDirectory("reclaim-screenshots");
            System.setProperty("reclaim.home", home.toString()); // the runs shot here stay out of the user's journal
            MainWindow w = new MainWindow(stage, new MainWindow.Services(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "screenshot-work");
                t.setDaemon(true);
                return t;
            }), new WindowMemory(prefs), DeviceScanner.system(), FileDialogs::nativeFor,
                    new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults()), new BackupStore(home, Clock.systemUTC()),
                    home), "sim:keys-rejected");
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            Thread script = new Thread(() -> {
                try {
                    shoot(w);
                    prefs.removeNode();
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                }
            }, "screenshot-script");
            script.setDaemon(true);
            script.start();
        }

        private void shoot(MainWindow w) throws Exception {
            Files.createDirectories(out);
            waitUntil(() -> !w.dct().fields().isEmpty() && w.handshakes().diagnoses().size() >= 2
                    && w.operations().currentProperty().get() == null);
            settle();
            snap(w, "workstation-log.png");

            on(() -> {
                w.showDct();
                return w.dct().selectField("server_address");
            });
            settle();
            snap(w, "dct-editor.png");

            on(() -> {
                w.themeProperty().set(Theme.DARK);
                return w.dct().selectField("device_private_key");
            });
            settle();
            snap(w, "dct-editor-dark.png");

            on(() -> {
                w.showLog();
                return true;
            });
            settle();
            snap(w, "workstation-log-dark.png");

            on(() -> {
                w.themeProperty().set(Theme.LIGHT);
                return true;
            });
            recoverWizard(w);
            line(w);
            history(w);
            report(w);
        }

        /** Device → Recover keys on the simulated P1, started and left open on its finished page. */
        private void recoverWizard(MainWindow w) throws Exception {
            on(() -> {
                w.fixForTests(WizardId.RECOVER_KEYS);
                w.openWizard().vmForTests().start();
                return true;
            });
            WizardViewModel vm = on(() -> w.openWizard().vmForTests());
            waitUntil(() -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
            settle();
            snap(on(() -> w.openWizard().getScene().getRoot()), "recover-wizard.png");
            on(() -> {
                w.openWizard().close();
                return true;
            });
        }

        /** View → Line: a shift of two fresh simulated P1s with the default recipe. */
        private void line(MainWindow w) throws Exception {
            on(() -> {
                w.showLine();
                // through the window's spinner (it sets the model's size), so the shot shows the shift's size
                Spinner<?> size = (Spinner<?>) windowTitled("Reclaim — Line").lookup("#line-shift-size");
                size.getEditor().setText("2");
                size.commitValue();
                w.line().start();
                return true;
            });
            waitUntil(() -> w.line().countProperty().get() == 2 && !w.line().runningProperty().get());
            settle();
            snap(on(() -> windowTitled("Reclaim — Line")), "line.png");
        }

        /** View → History with the wizard's run and the shift's, the newest selected for its details. */
        private void history(MainWindow w) throws Exception {
            on(() -> {
                w.showHistory();
                return true;
            });
            waitUntil(() -> w.history().entries().size() == 3);
            on(() -> {
                w.history().selectedProperty().set(w.history().entries().get(0));
                return true;
            });
            settle();
            snap(on(() -> windowTitled("Reclaim — History")), "history.png");
        }

        /** The journal's report of today's shift, opened from History. */
        private void report(MainWindow w) throws Exception {
            on(() -> {
                w.showReport();
                return true;
            });
            waitUntil(() -> w.report() != null && w.report().summaryProperty().get().contains("3 runs"));
            settle();
            snap(on(() -> windowTitled("Reclaim — Journal report")), "report.png");
        }

        private static void snap(MainWindow w, String name) throws Exception {
            snap(on(w::root), name);
        }

        private static void snap(Parent root, String name) throws Exception {
            Path file = out.resolve(name);
            on(() -> {
                Snapshots.png(root, file);
                return true;
            });
            System.out.println("wrote " + file);
        }

        /** The root of the open window with this title (call on the FX thread). */
        private static Parent windowTitled(String title) {
            return Window.getWindows().stream().filter(s -> s instanceof Stage st && title.equals(st.getTitle()))
                    .findFirst().orElseThrow().getScene().getRoot();
        }

        private static void settle() throws InterruptedException {
            Thread.sleep(700); // a few pulses for layout, CSS and the canvas views
        }

        private static void waitUntil(Callable<Boolean> condition) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!on(condition)) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("the window did not reach the state to photograph");
                }
                Thread.sleep(100);
            }
        }

        private static <T> T on(Callable<T> read) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(read.call());
                } catch (Exception e) {
                    f.completeExceptionally(e);
                }
            });
            return f.get(30, TimeUnit.SECONDS);
        }
    }
}

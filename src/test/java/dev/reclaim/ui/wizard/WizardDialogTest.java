package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.Fx;
import dev.reclaim.workflow.IdentifyDevice;
import dev.reclaim.workflow.ReadDct;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The generic wizard window running small wizards made of real steps on the simulated P1 (keys-rejected): its
 * identity, its DCT read over the simulated bootloader, the DCT inspected; a step that fails; and a cancel request
 * that waits for a safe point.
 */
@ExtendWith(ApplicationExtension.class)
class WizardDialogTest {
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wizard-test");
        t.setDaemon(true);
        return t;
    });
    private final List<DeviceSession> sessions = new ArrayList<>();
    private final CountDownLatch technician = new CountDownLatch(1);
    /** The DCT the read step hands to the check step. */
    private final AtomicReference<byte[]> dct = new AtomicReference<>();
    private Stage owner;
    private WizardViewModel vm;
    private WizardDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        technician.countDown();
        WaitForAsyncUtils.asyncFx(() -> {
            if (dialog != null) {
                dialog.close();
            }
        }).get();
        workers.shutdown();
        assertThat(workers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        sessions.forEach(DeviceSession::close);
    }

    @Test
    void enterStartsTheWizardEveryStepEndsDoneAndEnterClosesTheWindow(FxRobot robot) throws Exception {
        open(session -> List.of(identify(session), readDct(session), inspect()));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> vm.phaseProperty().get() != WizardViewModel.Phase.READY);
        Fx.waitUntil(30, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        List<StepRow> rows = Fx.on(() -> List.copyOf(vm.steps()));
        assertThat(rows).extracting(StepRow::state).containsOnly(StepState.DONE);
        assertThat(rows.get(0).detail()).isEqualTo("device " + deviceId());
        assertThat(rows.get(1).detail()).isEqualTo("32768 bytes read");
        assertThat(rows.get(2).detail()).endsWith("findings, server_address blank");
        assertThat(Fx.on(() -> vm.progressProperty().get())).isEqualTo(1.0);
        assertThat(robot.lookup("#wizard-summary").queryAs(Label.class).getText()).startsWith("Done: 3 steps in");
        assertThat(Fx.on(vm::report)).contains("Check the DCT").contains("done").contains(deviceId());

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> !dialog.isShowing());
    }

    @Test
    void aFailingStepStopsTheRunAndTheStepsAfterItAreSkipped(FxRobot robot) throws Exception {
        Path missing = Files.createTempDirectory("reclaim-wizard").resolve("no-such-dct.bin");
        open(session -> List.of(identify(session), new WizardStep("Read the saved DCT", "Reads a DCT saved earlier.",
                true, c -> StepResult.done(Files.readAllBytes(missing).length + " bytes")), inspect()));

        robot.clickOn("#wizard-primary");
        Fx.waitUntil(30, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.FAILED);
        List<StepRow> rows = Fx.on(() -> List.copyOf(vm.steps()));
        assertThat(rows).extracting(StepRow::state)
                .containsExactly(StepState.DONE, StepState.FAILED, StepState.SKIPPED);
        assertThat(rows.get(1).detail()).contains("no-such-dct.bin");
        assertThat(rows.get(2).detail()).isEqualTo("not run: step 2 failed");
        assertThat(Fx.on(() -> vm.summaryProperty().get())).startsWith("Failed at step 2 (Read the saved DCT)");
        assertThat(Fx.on(() -> vm.progressProperty().get())).as("one step of three was done").isEqualTo(1.0 / 3);
    }

    @Test
    void escapeAsksToStopAndTheRunGoesOnToTheNextSafePointBeforeStopping(FxRobot robot) throws Exception {
        open(session -> List.of(identify(session),
                // not safe to stop after: what follows must run even when a stop is asked for during it
                new WizardStep("Wait for the technician", "Waits until the technician is ready.", false, c -> {
                    technician.await();
                    return StepResult.done("ready");
                }),
                readDct(session), inspect()));

        robot.clickOn("#wizard-primary");
        Fx.waitUntil(30, () -> vm.steps().size() == 4 && vm.steps().get(1).state() == StepState.RUNNING);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.waitUntil(5, () -> vm.phaseProperty().get() == WizardViewModel.Phase.STOPPING);
        assertThat(robot.lookup("#wizard-cancel").queryButton().getText()).isEqualTo("Stopping…");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(Fx.on(dialog::isShowing)).as("Esc while stopping does not abandon the run").isTrue();

        technician.countDown();
        Fx.waitUntil(30, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
        List<StepRow> rows = Fx.on(() -> List.copyOf(vm.steps()));
        assertThat(rows).extracting(StepRow::state)
                .containsExactly(StepState.DONE, StepState.DONE, StepState.DONE, StepState.CANCELLED);
        assertThat(dct.get()).hasSize(32768);
        assertThat(rows.get(3).detail()).contains("after step 3 (Read the DCT)");
        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.CANCELLED);
        assertThat(Fx.on(dialog::isShowing)).isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.waitUntil(5, () -> !dialog.isShowing());
    }

    @Test
    void escapeOnTheStartPageClosesWithoutRunningAnything(FxRobot robot) throws Exception {
        open(session -> List.of(identify(session)));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.waitUntil(5, () -> !dialog.isShowing());
        assertThat(Fx.on(() -> vm.steps().isEmpty() && vm.outcomeProperty().get() == null)).isTrue();
    }

    // ---- a small wizard of real steps ----

    private interface Steps {
        List<WizardStep> on(DeviceSession session);
    }

    private void open(Steps steps) throws Exception {
        WizardJob job = WizardJob.of(() -> {
            DeviceSession session = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"),
                    new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults()));
            sessions.add(session);
            return new Wizard(WizardId.RECOVER_KEYS, "Look at the device", steps.on(session));
        });
        WaitForAsyncUtils.asyncFx(() -> {
            vm = new WizardViewModel(workers, "Look at the device", "Reads the device's DCT and checks it.",
                    () -> job, new SimpleBooleanProperty(true));
            dialog = new WizardDialog(owner, vm, new Label("No inputs"));
            dialog.show();
            dialog.toFront();
        }).get(10, TimeUnit.SECONDS);
        Fx.waitUntil(5, dialog::isFocused);
    }

    private static WizardStep identify(DeviceSession session) {
        return new WizardStep("Identify the device", "Reads the device ID from the chip.", true,
                c -> StepResult.done("device " + IdentifyDevice.identify(session).deviceId().orElse("unknown")));
    }

    private WizardStep readDct(DeviceSession session) {
        return new WizardStep("Read the DCT", "Reads both DCT sectors.", true, c -> {
            dct.set(ReadDct.read(session, c.progress()).dct());
            return StepResult.done(dct.get().length + " bytes read");
        });
    }

    private WizardStep inspect() {
        return new WizardStep("Check the DCT", "Checks the DCT as the firmware reads it.", true, c -> {
            DctReport report = DctInspector.inspect(DctImage.ofTwoSectors(dct.get()));
            return StepResult.done(report.checks().size() + " findings, server_address "
                    + report.field("server_address").map(f -> f.status().id()).orElse("absent"));
        });
    }

    private static String deviceId() {
        return dev.reclaim.sim.Scenarios.load("keys-rejected").uid().toLowerCase();
    }
}

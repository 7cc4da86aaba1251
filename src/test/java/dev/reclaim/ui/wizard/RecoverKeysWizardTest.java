package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The technician's path on the first launch's device (sim:keys-rejected): the diagnosis card's fix button opens
 * Recover keys with the device preselected, Enter runs it, and the simulated cloud witnesses the handshake.
 */
class RecoverKeysWizardTest extends WindowTest {
    @Test
    void theFixButtonOpensRecoverKeysOnTheDeviceAndTheRunEndsWithTheHandshakeWitnessed(FxRobot robot)
            throws Exception {
        Fx.waitUntil(30, () -> window.handshakes().diagnoses().stream()
                .anyMatch(d -> d.id().equals("cloud_closed_during_key_exchange"))
                && window.operations().currentProperty().get() == null);
        // the card may be scrolled out of the panel's view: its button is fired as a click would
        javafx.scene.control.Button fix = robot.lookup(".fix-button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("Recover keys…")).findFirst().orElseThrow();
        robot.interact(fix::fire);
        Fx.waitUntil(10, () -> window.openWizard() != null && window.openWizard().isShowing());
        WizardViewModel vm = window.openWizard().vmForTests();
        assertThat(Fx.on(vm::intro)).contains("simulated P1 (keys-rejected)");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(120, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.summaryProperty().get())).as("the log view's attempts witness it too")
                .startsWith("Handshake completed").contains("seen by the device's log and the cloud");
        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        assertThat(Fx.on(() -> List.copyOf(vm.steps()))).extracting(StepRow::title)
                .contains("Register the public key", "Write the keys");
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase(Locale.ROOT);
        RecoverKeysFinish.assertOneHandshakeRun(windows.home, deviceId);
        RecoverKeysFinish.closeReport(robot, window);
    }

    @Test
    void aProductsDeviceIsRecoveredWithTheProductIdTypedOnTheStartPage(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase(Locale.ROOT);
        // the device joins product 77 and is released from the account: from now on the simulated cloud takes its
        // key only with product_id=77 (without it: 403), so a finished run shows the field's value was sent
        DeviceSession session = Fx.on(() -> window.device().sessionProperty().get());
        ParticleCloud cloud = ParticleCloud.of(session.simulatedCloud().orElseThrow());
        assertThat(cloud.addToProduct(deviceId, 77)).as("true only when it was in the product already").isFalse();
        cloud.unclaim(deviceId, Optional.of(77));

        robot.interact(() -> window.fixForTests(WizardId.RECOVER_KEYS));
        WizardViewModel vm = Fx.on(() -> window.openWizard().vmForTests());
        robot.clickOn("#start-product").write("77a");
        assertThat(Fx.on(() -> robot.lookup("#start-problem").queryAs(Label.class).isVisible())).isTrue();
        assertThat(Fx.on(() -> robot.lookup("#start-problem").queryAs(Label.class).getText()))
                .isEqualTo("Product ID: the product's id is a positive whole number (in the Particle console), not"
                        + " \"77a\"; leave it empty for a developer device.");
        assertThat(Fx.on(() -> robot.lookup("#wizard-primary").queryButton().isDisabled())).isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(Fx.on(() -> robot.lookup("#start-problem").queryAs(Label.class).isVisible())).isFalse();
        robot.clickOn("#wizard-primary");
        Fx.waitUntil(120, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.outcomeProperty().get())).as(Fx.on(vm::report)).isEqualTo(StepOutcome.OK);
        assertThat(Fx.on(() -> robot.lookup("#wizard-summary").queryAs(Label.class).getText()))
                .startsWith("Handshake completed");
        assertThat(cloud.lookup(deviceId, Optional.of(77)).connected()).isTrue();
    }
}

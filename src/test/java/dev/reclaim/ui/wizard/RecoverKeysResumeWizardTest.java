package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A Recover keys run cut after registration (as {@code RecoverOverPtyTest}'s cable cut leaves it: the cloud holds a
 * new public key, its private half is kept in pending-keys, the DCT is as before) is finished from the GUI by
 * ticking "Finish an interrupted run": the kept key is written, the handshake witnessed and the run journaled.
 */
class RecoverKeysResumeWizardTest extends WindowTest {
    @Test
    void tickingResumeWritesTheKeptKeyAndTheHandshakeIsWitnessed(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase(Locale.ROOT);
        DeviceSession session = Fx.on(() -> window.device().sessionProperty().get());
        RsaPrivateKey kept = RsaKeys.generateDeviceKey();
        PendingKeys pending = new PendingKeys(windows.home);
        pending.keep(deviceId, kept);
        ParticleCloud.of(session.simulatedCloud().orElseThrow()).registerKey(deviceId, kept.publicKey(),
                Optional.empty());

        robot.interact(() -> window.fixForTests(WizardId.RECOVER_KEYS));
        WizardViewModel vm = Fx.on(() -> window.openWizard().vmForTests());
        robot.clickOn("#start-resume");
        assertThat(Fx.on(() -> robot.lookup("#start-resume").queryAs(CheckBox.class).isSelected())).isTrue();
        robot.clickOn("#wizard-primary");
        Fx.waitUntil(120, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        assertThat(Fx.on(() -> robot.lookup("#wizard-summary").queryAs(Label.class).getText()))
                .startsWith("Handshake completed").contains("seen by the device's log and the cloud");
        List<StepRow> rows = Fx.on(() -> List.copyOf(vm.steps()));
        assertThat(rows).filteredOn(r -> r.title().equals("Choose the device key")).singleElement()
                .extracting(StepRow::detail).asString()
                .startsWith("continuing with the key kept from an interrupted run");
        assertThat(rows).extracting(StepRow::title).contains("Register the public key", "Write the keys");
        assertThat(pending.find(deviceId)).as("released once the device confirmed it").isEmpty();
        RecoverKeysFinish.assertOneHandshakeRun(windows.home, deviceId);
        RecoverKeysFinish.closeReport(robot, window);
    }
}

package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.wizard.StepOutcome;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Claim cycle and Restore, opened from the Device menu on the simulated P1 and walked with the keyboard. */
class CycleAndRestoreWizardTest extends WindowTest {
    @Test
    void twoClaimCyclesByIdThenTheBackupTheyTookIsRestored(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        robot.interact(() -> window.fixForTests(dev.reclaim.finding.WizardId.CLAIM_CYCLE));
        WizardViewModel cycles = Fx.on(() -> window.openWizard().vmForTests());
        robot.interact(() -> robot.lookup("#start-count").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(120, () -> cycles.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
        assertThat(Fx.on(() -> cycles.summaryProperty().get())).startsWith("2 of 2 cycles claimed (by-id)");
        assertThat(Fx.on(() -> cycles.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // a DCT write leaves a backup to restore: write the editor's DCT back through the safe write
        robot.clickOn("#tab-dct");
        robot.clickOn("#dct-write-device");
        robot.clickOn("Write");
        Fx.waitUntil(30, () -> window.operations().lastOutcomeProperty().get().startsWith("Written;")
                || window.operations().lastOutcomeProperty().get().startsWith("The device already had"));

        robot.interact(() -> window.fixForTests(dev.reclaim.finding.WizardId.BACKUP_RESTORE));
        WizardViewModel restore = Fx.on(() -> window.openWizard().vmForTests());
        Fx.waitUntil(5, () -> Boolean.TRUE.equals(restore.inputsReadyProperty().getValue()));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(60, () -> restore.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
        assertThat(Fx.on(() -> restore.summaryProperty().get())).startsWith("Restored the backup of");
    }
}

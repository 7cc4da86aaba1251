package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Claim cycle by claim code on a simulated P1 that connects (healthy): the user picks the claim-code mode on the
 * start page, each cycle writes a code to the DCT, the device sends it after its handshake, and the report says
 * every cycle was claimed.
 */
class ClaimCycleByCodeWizardTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "sim:healthy";
    }

    @Test
    void twoCyclesByClaimCodeAreClaimedByTheCodeTheDeviceSends(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        robot.interact(() -> window.fixForTests(WizardId.CLAIM_CYCLE));
        WizardViewModel vm = Fx.on(() -> window.openWizard().vmForTests());
        robot.interact(() -> robot.lookup("#start-count").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#start-by-claim-code");
        assertThat(Fx.on(() -> robot.lookup("#start-by-id").queryAs(RadioButton.class).isSelected())).isFalse();
        robot.clickOn("#wizard-primary");
        Fx.waitUntil(120, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        assertThat(Fx.on(() -> robot.lookup("#wizard-summary").queryAs(Label.class).getText()))
                .startsWith("2 of 2 cycles claimed (by-claim-code): #1 claimed").contains("#2 claimed")
                .contains("Journal entry #");
        List<StepRow> rows = Fx.on(() -> List.copyOf(vm.steps()));
        assertThat(rows).extracting(StepRow::title).contains("Cycle 1: create a claim code",
                "Cycle 1: write the claim code", "Cycle 2: wait for the claim", "Leave the device as found")
                .doesNotContain("Cycle 1: claim by ID");
        assertThat(rows.subList(0, rows.size() - 1)).extracting(StepRow::state).containsOnly(StepState.DONE);
        assertThat(rows.get(rows.size() - 1)).as("the last cycle left it claimed: nothing to put back")
                .extracting(StepRow::state, StepRow::detail)
                .containsExactly(StepState.SKIPPED, "it is this account's, as before");
        assertThat(rows).filteredOn(r -> r.title().endsWith("wait for the claim")).hasSize(2)
                .allSatisfy(r -> assertThat(r.detail()).contains("after the reset (cloud lookup)"));
        String deviceId = Scenarios.load("healthy").uid().toLowerCase(Locale.ROOT);
        try (SqliteJournal journal = SqliteJournal.in(windows.home)) {
            assertThat(journal.list(Optional.of(deviceId))).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo("all_claimed"))
                    .extracting(JournalEntry::wizard).isEqualTo("claim-cycle");
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> !window.openWizard().isShowing());
    }
}

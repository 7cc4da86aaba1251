package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run passes when no step failed and its outcome is the one its wizard exists for. */
class JournalEntryPassedTest {
    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void eachWizardPassesWithItsOwnDoneOutcomeOnly() {
        assertThat(entry("recover-keys", "handshake_completed", StepOutcome.OK).passed()).isTrue();
        assertThat(entry("set-server", "handshake_completed", StepOutcome.OK).passed()).isTrue();
        assertThat(entry("claim-cycle", "all_claimed", StepOutcome.OK).passed()).isTrue();
        assertThat(entry("backup-restore", "restored", StepOutcome.OK).passed()).isTrue();

        assertThat(entry("claim-cycle", "not_all_claimed", StepOutcome.OK).passed()).isFalse();
        assertThat(entry("backup-restore", "refused", StepOutcome.OK).passed()).isFalse();
        assertThat(entry("recover-keys", "restored", StepOutcome.OK).passed()).as("another wizard's success")
                .isFalse();
        assertThat(entry("recover-keys", "handshake_completed", StepOutcome.FAILED).passed()).isFalse();
    }

    @Test
    void aWizardThisVersionDoesNotKnowPassesOnlyWithTheGenericForms() {
        assertThat(entry("station-recipe", "ok", StepOutcome.OK).passed()).isTrue();
        assertThat(entry("station-recipe", "x_completed", StepOutcome.OK).passed()).isTrue();
        assertThat(entry("station-recipe", "restored", StepOutcome.OK).passed()).isFalse();
    }

    @Test
    void everyWizardNamesTheOutcomeItExistsFor() {
        for (WizardId w : WizardId.values()) {
            assertThat(w.doneOutcome()).as(w.id()).matches("[a-z_]+");
        }
    }

    private static JournalEntry entry(String wizard, String outcome, StepOutcome step) {
        return new JournalEntry(0, "bench-1", "tech", "32003a000b47343533383531", wizard, T, Duration.ofSeconds(9),
                outcome, List.of(new StepRecord(1, "Identify the device", step, T, Duration.ofSeconds(1), "")),
                List.of(), List.of(), "");
    }
}

package dev.reclaim.workflow;

import dev.reclaim.workflow.wizard.WizardRecord;

/**
 * How a device wizard run ended.
 *
 * @param record       every step with its outcome and timing
 * @param outcome      {@value #COMPLETED}, or the failure id: {@code register_failed}, {@code write_failed},
 *                     {@code handshake_failed}, {@code handshake_timed_out}, {@code cancelled}, …
 * @param journalEntry the journal entry's id; 0 when the device was never identified (nothing to file it under)
 * @param witness      what the witness saw, one line; empty when the run did not get that far
 */
public record WizardOutcome(WizardRecord record, String outcome, long journalEntry, String witness) {
    public static final String COMPLETED = "handshake_completed";

    public boolean completed() {
        return COMPLETED.equals(outcome);
    }
}

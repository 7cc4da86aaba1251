package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardRecord;

/**
 * One run of a wizard as its start page set it up. {@link #prepare}, {@link #finish} and {@link #close} run off
 * the FX thread, in that order; {@code close} always runs.
 */
public interface WizardJob {
    /** Builds the wizard from the start page's inputs (it may open the device or read settings to do so). */
    Wizard prepare() throws Exception;

    /**
     * What the run came to, one line for the summary (e.g. "Handshake completed; journal entry #12"). The job
     * journals the run here. The default sums the record up.
     */
    default String finish(WizardRecord record) throws Exception {
        return WizardSummary.of(record);
    }

    /** Lets go of what {@link #prepare} took hold of. */
    default void close() {
    }
}

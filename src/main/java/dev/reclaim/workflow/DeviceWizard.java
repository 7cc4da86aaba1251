package dev.reclaim.workflow;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;

/** A wizard that changes a device and proves it with a handshake ({@link RecoverKeys}, {@link SetServer}). */
public interface DeviceWizard {
    /** Its steps, for a front end to list before it runs. */
    Wizard wizard();

    /**
     * Runs it on this thread; the device is let go of (reset into its firmware) and the run journaled whatever
     * happens.
     *
     * @throws JournalException when the run could not be journaled (the device work is done by then)
     */
    WizardOutcome run(Cancellation cancellation, WizardListener listener) throws JournalException;
}

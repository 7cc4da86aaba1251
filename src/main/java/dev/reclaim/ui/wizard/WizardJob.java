package dev.reclaim.ui.wizard;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardRunner;
import dev.reclaim.workflow.wizard.WizardStep;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One run of a wizard as its start page set it up. {@link #prepare}, {@link #run} and {@link #close} run off the
 * FX thread, in that order; {@code close} always runs.
 */
public interface WizardJob {
    /** What a run came to: every step's record, and one line for the summary ("Handshake completed; …"). */
    record Finished(WizardRecord record, String summary) {
    }

    /**
     * Gets the run ready from the start page's inputs (it may read settings or files to do so) and lists the steps
     * it will take, for the step list.
     */
    List<WizardStep> prepare() throws Exception;

    /** Runs the steps, reporting to {@code listener}; a workflow journals its run here. */
    Finished run(Cancellation cancellation, WizardListener listener) throws Exception;

    /**
     * Whether a run of this job may change the device's DCT; the window then reads the DCT again when it ends, so
     * the technician sees what the device holds now.
     */
    default boolean writesDevice() {
        return false;
    }

    /** Lets go of what {@link #prepare} took hold of. */
    default void close() {
    }

    /** A job that runs one wizard with a {@link WizardRunner} and sums the run up. */
    static WizardJob of(Callable<Wizard> build) {
        return new WizardJob() {
            private Wizard wizard;

            @Override
            public List<WizardStep> prepare() throws Exception {
                wizard = build.call();
                return wizard.steps();
            }

            @Override
            public Finished run(Cancellation cancellation, WizardListener listener) {
                WizardRecord record = new WizardRunner().run(wizard, cancellation, listener);
                return new Finished(record, WizardSummary.of(record));
            }
        };
    }
}

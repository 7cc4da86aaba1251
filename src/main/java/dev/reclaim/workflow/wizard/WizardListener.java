package dev.reclaim.workflow.wizard;

/**
 * Hears a wizard run, on the runner's thread and in order: a GUI hands each event to the FX thread, the CLI prints it.
 * A step that does not run gets {@link #stepFinished} without {@link #stepStarted}.
 */
public interface WizardListener {
    WizardListener NONE = new WizardListener() { };

    /** Step {@code number} (1-based) begins. */
    default void stepStarted(int number, WizardStep step) {
    }

    /** A stage inside the running step ("Writing DCT2"); its progress count restarts. */
    default void stage(int number, String description) {
    }

    /** {@code done} of {@code total} units of the running step. */
    default void progress(int number, long done, long total) {
    }

    default void stepFinished(StepRecord record) {
    }

    default void wizardFinished(WizardRecord record) {
    }
}

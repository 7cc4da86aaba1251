package dev.reclaim.workflow.wizard;

import java.util.Objects;

/**
 * One step of a wizard.
 *
 * @param title           what the step is called ("Back up the DCT")
 * @param description     what it does, in a sentence the front end shows under the title
 * @param safeToStopAfter whether the wizard may stop after this step on a cancel request; false when stopping
 *                        there would leave the device worse off than finishing (a new key written to the device but
 *                        not yet registered with the cloud), so the run goes on to the next safe point
 * @param action          the work
 * @param stopsOnFailure  whether its failure stops the run (the default); false only where a failure leaves nothing
 *                        half-done that a later step builds on (a station recipe's {@code "onFail": "continue"}):
 *                        the failure is recorded, the run goes on, and the run still counts as failed
 */
public record WizardStep(String title, String description, boolean safeToStopAfter, Action action,
                         boolean stopsOnFailure) {

    public WizardStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
    }

    /** A step whose failure stops the run. */
    public WizardStep(String title, String description, boolean safeToStopAfter, Action action) {
        this(title, description, safeToStopAfter, action, true);
    }

    /** The same step, but a failure is recorded and the run goes on to the next step. */
    public WizardStep continuingOnFailure() {
        return new WizardStep(title, description, safeToStopAfter, action, false);
    }

    /** The work of a step. Steps share the wizard's state through the object their actions close over. */
    @FunctionalInterface
    public interface Action {
        /**
         * Does the step's work on the runner's thread, reporting progress to {@code context} and calling its
         * {@link StepContext#checkpoint} where stopping inside the step is safe. Throwing fails the step and stops
         * the wizard; the exception's message becomes the step's record, so it must not hold key material.
         */
        StepResult run(StepContext context) throws Exception;
    }
}

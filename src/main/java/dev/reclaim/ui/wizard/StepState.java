package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.wizard.StepOutcome;

/** Where a step of a wizard on screen stands: not reached yet, running, or how it ended. */
public enum StepState {
    PENDING("pending"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    SKIPPED("skipped");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    /** The word shown in the step list, also its style class ("step-done"). */
    public String label() {
        return label;
    }

    static StepState of(StepOutcome outcome) {
        return switch (outcome) {
            case OK -> DONE;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
            case SKIPPED -> SKIPPED;
        };
    }
}

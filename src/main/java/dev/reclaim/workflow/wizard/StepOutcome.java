package dev.reclaim.workflow.wizard;

import java.util.Locale;

/** How a step, or a whole wizard, ended. */
public enum StepOutcome {
    /** It ran and did its work. */
    OK,
    /** It threw: the wizard stopped there. */
    FAILED,
    /** A cancel request stopped the wizard at a safe point in or before this step. */
    CANCELLED,
    /** It had nothing to do, or it was not reached because the wizard stopped earlier. */
    SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

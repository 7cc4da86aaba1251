package dev.reclaim.workflow.wizard;

import java.util.Objects;

/**
 * How a step that did not fail ended: done, or skipped because there was nothing to do.
 *
 * @param skipped true when the step found nothing to do
 * @param detail  one line for the record ("DCT saved to …", "the cloud already has this key"); never key material
 */
public record StepResult(boolean skipped, String detail) {

    public StepResult {
        Objects.requireNonNull(detail, "detail");
    }

    public static StepResult done(String detail) {
        return new StepResult(false, detail);
    }

    public static StepResult skipped(String why) {
        return new StepResult(true, why);
    }
}

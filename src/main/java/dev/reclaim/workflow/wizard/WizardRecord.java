package dev.reclaim.workflow.wizard;

import dev.reclaim.finding.WizardId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a whole run did: a record for every step of the wizard, in order, including those it did not reach.
 */
public record WizardRecord(WizardId wizard, Instant started, Duration duration, List<StepRecord> steps) {

    public WizardRecord {
        steps = List.copyOf(steps);
    }

    /** {@link StepOutcome#FAILED} or {@link StepOutcome#CANCELLED} when a step stopped the run, else OK. */
    public StepOutcome outcome() {
        return steps.stream().map(StepRecord::outcome)
                .filter(o -> o == StepOutcome.FAILED || o == StepOutcome.CANCELLED)
                .findFirst().orElse(StepOutcome.OK);
    }
}

package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardRecord;
import java.util.Locale;

/** The one line a finished run is summed up in, when the wizard's job has nothing more specific to say. */
public final class WizardSummary {
    private WizardSummary() {
    }

    public static String of(WizardRecord run) {
        double seconds = run.duration().toMillis() / 1000.0;
        StepOutcome outcome = run.outcome();
        if (outcome == StepOutcome.OK) {
            return String.format(Locale.ROOT, "Done: %d steps in %.1f s.", run.steps().size(), seconds);
        }
        StepRecord stopped = run.steps().stream().filter(s -> s.outcome() == outcome).findFirst().orElseThrow();
        String verb = outcome == StepOutcome.FAILED ? "Failed at step " : "Stopped at step ";
        return verb + stopped.number() + " (" + stopped.title() + "): " + stopped.detail();
    }
}

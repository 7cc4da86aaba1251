package dev.reclaim.workflow.wizard;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a wizard's steps in order on the calling thread (a GUI calls it off the FX thread). A failing step stops the
 * run, unless the step {@linkplain WizardStep#stopsOnFailure() does not stop it}: then the failure is recorded
 * and the next step runs. A cancel request takes effect only at a safe point: before the first step, after a step
 * that is safe to stop after, or at a step's own {@link StepContext#checkpoint}; a step that is not a safe point is
 * followed by the next step as if nothing had been asked. Every step gets a record, the ones not reached too.
 */
public final class WizardRunner {
    private final Clock clock;

    public WizardRunner() {
        this(Clock.systemUTC());
    }

    /** @param clock the source of the records' times (a test can move it by hand) */
    public WizardRunner(Clock clock) {
        this.clock = clock;
    }

    public WizardRecord run(Wizard wizard, Cancellation cancellation, WizardListener listener) {
        Instant wizardStarted = clock.instant();
        List<StepRecord> records = new ArrayList<>();
        String stoppedBecause = null;
        List<WizardStep> steps = wizard.steps();
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            int number = i + 1;
            StepRecord record;
            if (stoppedBecause != null) {
                record = notRun(number, step, StepOutcome.SKIPPED, "not run: " + stoppedBecause);
            } else if (cancellation.isRequested() && (i == 0 || steps.get(i - 1).safeToStopAfter())) {
                record = notRun(number, step, StepOutcome.CANCELLED, "not started: stopped on request "
                        + (i == 0 ? "before anything was done" : "after step " + i + " (" + steps.get(i - 1).title() + ")"));
                stoppedBecause = "the wizard was stopped before step " + number;
            } else {
                record = runStep(number, step, cancellation, listener);
                if (record.outcome() == StepOutcome.FAILED && step.stopsOnFailure()) {
                    stoppedBecause = "step " + number + " failed";
                } else if (record.outcome() == StepOutcome.CANCELLED) {
                    stoppedBecause = "the wizard was stopped in step " + number;
                }
            }
            records.add(record);
            listener.stepFinished(record);
        }
        WizardRecord result = new WizardRecord(wizard.id(), wizardStarted,
                Duration.between(wizardStarted, clock.instant()), records);
        listener.wizardFinished(result);
        return result;
    }

    private StepRecord runStep(int number, WizardStep step, Cancellation cancellation, WizardListener listener) {
        listener.stepStarted(number, step);
        Instant started = clock.instant();
        StepOutcome outcome;
        String detail;
        try {
            StepResult result = step.action().run(new StepContext(number, cancellation, listener));
            outcome = result.skipped() ? StepOutcome.SKIPPED : StepOutcome.OK;
            detail = result.detail();
        } catch (CancelledException e) {
            outcome = StepOutcome.CANCELLED;
            detail = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = StepOutcome.CANCELLED;
            detail = "interrupted";
        } catch (Exception e) {
            // a bug in a step (a RuntimeException) is recorded like any failure: the run stops and says where
            outcome = StepOutcome.FAILED;
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new StepRecord(number, step.title(), outcome, started, Duration.between(started, clock.instant()),
                OneLine.of(detail));
    }

    private StepRecord notRun(int number, WizardStep step, StepOutcome outcome, String detail) {
        return new StepRecord(number, step.title(), outcome, clock.instant(), Duration.ZERO, detail);
    }
}

package dev.reclaim.cli;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A wizard run on stderr: each step as it starts ("2/5 Identify the device"), its stages and transfers through the
 * {@link ProgressBar}, and one line when it ends with its outcome, time and detail. Stdout stays free for the
 * result (and for {@code --json}).
 */
final class WizardProgress implements WizardListener {
    private final PrintStream err;
    private final ProgressBar bar;
    private final int steps;
    private final String prefix;

    /**
     * @param steps  how many steps the wizard has
     * @param prefix put before every line, e.g. "cycle 2: " ("" for none)
     */
    WizardProgress(PrintStream err, int steps, String prefix) {
        this.err = err;
        this.bar = new ProgressBar(err);
        this.steps = steps;
        this.prefix = prefix;
    }

    @Override
    public void stepStarted(int number, WizardStep step) {
        bar.stage(String.format("%s%d/%d %s", prefix, number, steps, step.title()));
    }

    @Override
    public void stage(int number, String description) {
        bar.stage("  " + description);
    }

    @Override
    public void progress(int number, long done, long total) {
        bar.progress(done, total);
    }

    @Override
    public void stepFinished(StepRecord record) {
        bar.finishLine();
        if (record.outcome() == StepOutcome.SKIPPED && record.duration().isZero()) {
            return; // not reached: the step that stopped the run already said why
        }
        err.printf(Locale.ROOT, "%s%d/%d %s: %s (%.1f s) %s%n", prefix, record.number(), steps, record.title(),
                record.outcome().id(), record.duration().toMillis() / 1000.0, record.detail());
        err.flush();
    }
}

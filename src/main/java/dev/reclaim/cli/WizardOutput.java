package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * How the CLI shows a device wizard: one line per step as it starts and one as it ends (with its time and what it
 * did), progress of slow steps on stderr; with {@code --json} only the final document on stdout. Exit 0 only when
 * the handshake was witnessed.
 */
final class WizardOutput implements WizardListener {
    private final PrintWriter out;
    private final boolean json;
    private final ProgressBar bar;
    private int steps;

    WizardOutput(PrintWriter out, PrintStream err, boolean json, int steps) {
        this.out = out;
        this.json = json;
        this.bar = new ProgressBar(err);
        this.steps = steps;
    }

    @Override
    public void stepStarted(int number, WizardStep step) {
        if (!json) {
            out.printf("[%d/%d] %s%n", number, steps, step.title());
            out.flush();
        }
    }

    @Override
    public void stage(int number, String description) {
        bar.stage("      " + description);
    }

    @Override
    public void progress(int number, long done, long total) {
        bar.progress(done, total);
    }

    @Override
    public void stepFinished(StepRecord record) {
        bar.finishLine();
        if (json) {
            return;
        }
        if (record.duration().isZero() && record.outcome() != StepOutcome.OK) {
            out.printf("[%d/%d] %s: %s: %s%n", record.number(), steps, record.title(), record.outcome().id(),
                    record.detail());
        } else {
            out.printf(Locale.ROOT, "      %s in %.1f s: %s%n", record.outcome().id(), seconds(record),
                    record.detail());
        }
        out.flush();
    }

    /** Prints the result and returns the exit code: 0 when the handshake was witnessed, else 1. */
    int finish(String wizardTitle, WizardOutcome outcome) {
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("outcome", outcome.outcome());
            ArrayNode list = doc.putArray("steps");
            for (StepRecord s : outcome.record().steps()) {
                list.addObject().put("number", s.number()).put("title", s.title()).put("outcome", s.outcome().id())
                        .put("seconds", Math.round(seconds(s) * 1000) / 1000.0).put("detail", s.detail());
            }
            doc.put("witness", outcome.witness());
            doc.put("seconds", outcome.record().duration().toMillis() / 1000.0);
            if (outcome.journalEntry() > 0) {
                doc.put("journalEntry", outcome.journalEntry());
            } else {
                doc.putNull("journalEntry");
            }
            Json.print(out, doc);
        } else {
            out.printf(Locale.ROOT, "%s: %s in %.1f s%s%n", wizardTitle, outcome.outcome(),
                    outcome.record().duration().toMillis() / 1000.0,
                    outcome.journalEntry() > 0 ? " (journal entry " + outcome.journalEntry() + ")" : "");
        }
        out.flush();
        if (outcome.completed()) {
            return ExitCodes.OK;
        }
        return ExitCodes.PROBLEM;
    }

    /** The one line for stderr when the run did not complete: the step that stopped it and why. */
    static String failure(String wizardTitle, WizardOutcome outcome) {
        return outcome.record().steps().stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED || s.outcome() == StepOutcome.CANCELLED).findFirst()
                .map(s -> wizardTitle + " " + (s.outcome() == StepOutcome.FAILED ? "failed" : "stopped") + " at step "
                        + s.number() + " (" + s.title() + "): " + s.detail())
                .orElse(wizardTitle + ": " + outcome.outcome());
    }

    private static double seconds(StepRecord s) {
        return s.duration().toMillis() / 1000.0;
    }
}

package dev.reclaim.workflow.wizard;

import dev.reclaim.finding.WizardId;
import java.util.List;
import java.util.Objects;

/**
 * A guided repair as data: its id, its title and its steps in the order they run. The front ends render the current
 * step and its progress; the {@link WizardRunner} runs the steps, so the GUI and the CLI run the same ones.
 */
public record Wizard(WizardId id, String title, List<WizardStep> steps) {

    public Wizard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
    }

    /** A wizard titled as its id says. */
    public Wizard(WizardId id, List<WizardStep> steps) {
        this(id, id.title(), steps);
    }
}

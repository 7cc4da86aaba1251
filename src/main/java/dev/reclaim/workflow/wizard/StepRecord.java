package dev.reclaim.workflow.wizard;

import java.time.Duration;
import java.time.Instant;

/**
 * What one step of a run did, for the screen, the CLI's output and a journal.
 *
 * @param number   1-based position in the wizard
 * @param title    the step's title
 * @param outcome  ok, failed, cancelled or skipped
 * @param started  when it started (when the wizard reached it, for a step that did not run)
 * @param duration how long it ran; zero for a step that did not run
 * @param detail   one line: what it did, why it failed or why it did not run; never key material
 */
public record StepRecord(int number, String title, StepOutcome outcome, Instant started, Duration duration,
                         String detail) {
}

package dev.reclaim.ui.wizard;

/**
 * One line of a wizard's step list, replaced as a whole when the step moves on.
 *
 * @param seconds how long the step ran; 0 until it has finished
 * @param detail  one line: the step's description while it waits or runs, what it did or why it stopped after
 */
public record StepRow(int number, String title, StepState state, double seconds, String detail) {

    /** "3. Write the keys   done   1.2 s   keys written to both copies" — one line of the copied report. */
    public String reportLine() {
        return String.format("%2d. %-34s %-9s %6.1f s  %s", number, title, state.label(), seconds, detail);
    }
}

package dev.reclaim.ui.common;

/** Where problems are told to the user. The in-window {@link ProblemBanner} is the implementation. */
@FunctionalInterface
public interface Notifier {
    /** Shows the problem; callable from any thread. */
    void show(Problem problem);
}

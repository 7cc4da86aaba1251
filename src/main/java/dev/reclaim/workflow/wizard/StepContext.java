package dev.reclaim.workflow.wizard;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.progress.ProgressListener;

/** What a running step gets from the runner: where to report progress, and where it may be stopped. */
public final class StepContext {
    private final Cancellation cancellation;
    private final ProgressListener progress;

    StepContext(int number, Cancellation cancellation, WizardListener listener) {
        this.cancellation = cancellation;
        this.progress = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                listener.progress(number, done, total);
            }

            @Override
            public void stage(String description) {
                listener.stage(number, description);
            }
        };
    }

    /** Hand this to the engines the step drives (a DCT write, a flash read). */
    public ProgressListener progress() {
        return progress;
    }

    /** The wizard's cancellation, for engines that take one and honour it at their own safe points. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /**
     * A safe point inside the step: throws when a stop was requested, and the step is recorded as cancelled.
     *
     * @param whereWeAre ends "Stopped on request …", e.g. "before the first flash write"
     */
    public void checkpoint(String whereWeAre) throws CancelledException {
        cancellation.checkpoint(whereWeAre);
    }
}

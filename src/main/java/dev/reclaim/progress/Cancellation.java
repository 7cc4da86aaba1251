package dev.reclaim.progress;

/**
 * A request to stop a workflow, honoured only at its safe points (between steps, never half-way through writing a
 * DCT copy), so that stopping can never leave a device worse off than finishing would.
 */
public final class Cancellation {
    private volatile boolean requested;

    public static Cancellation none() {
        return new Cancellation();
    }

    /** Asks the workflow to stop at its next safe point; callable from any thread. */
    public void cancel() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    /** Called by a workflow at a safe point. */
    public void checkpoint(String whereWeAre) throws CancelledException {
        if (requested) {
            throw new CancelledException("Stopped on request " + whereWeAre + ".");
        }
    }
}

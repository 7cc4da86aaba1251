package dev.reclaim.cli;

import dev.reclaim.progress.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a device command asks its work to stop at the next safe point, and the JVM's shutdown waits (up to
 * two minutes) until the command has finished, so a write that has begun is completed rather than cut. Open it
 * around the work; closing it removes the hook.
 */
final class CtrlCCancels implements AutoCloseable {
    private static final long FINISH_SECONDS = 120;

    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    CtrlCCancels(String name) {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                done.await(FINISH_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What the work checks at its safe points. */
    Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it only waited for us
        }
    }
}

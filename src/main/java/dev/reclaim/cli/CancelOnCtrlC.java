package dev.reclaim.cli;

import dev.reclaim.progress.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C asks a workflow to stop at its next safe point, and the JVM's shutdown waits (up to a limit) until the
 * workflow has returned, so a write that has begun finishes and a recovery that gives up re-registers the old key.
 */
final class CancelOnCtrlC implements AutoCloseable {
    private static final long FINISH_SECONDS = 120;

    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    CancelOnCtrlC(String name) {
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

    Cancellation cancellation() {
        return cancellation;
    }

    /** The workflow has returned: the shutdown may go on. */
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

package dev.reclaim;

import java.util.function.BooleanSupplier;

/** Polling for tests that watch another thread (a reader on a pty): fail with what was awaited, never hang. */
public final class Waits {
    private static final long TIMEOUT_MILLIS = 8000;

    private Waits() {
    }

    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}

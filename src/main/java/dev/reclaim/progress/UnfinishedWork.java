package dev.reclaim.progress;

import java.util.concurrent.TimeUnit;

/**
 * Work that must not be cut short by the JVM shutting down (Ctrl-C during a DCT write): while a section is open,
 * shutdown clean-up that would take a device away (jSerialComm closing every port) waits for it, up to a bound.
 */
public final class UnfinishedWork {
    private static final Object LOCK = new Object();
    private static int open;

    private UnfinishedWork() {
    }

    /** An open section; close it when the work may be interrupted again. */
    public static final class Section implements AutoCloseable {
        private boolean closed;

        private Section() {
        }

        @Override
        public void close() {
            synchronized (LOCK) {
                if (!closed) {
                    closed = true;
                    open--;
                    LOCK.notifyAll();
                }
            }
        }
    }

    public static Section begin() {
        synchronized (LOCK) {
            open++;
            return new Section();
        }
    }

    /** Waits until no section is open or {@code millis} have passed; true when none is open. */
    public static boolean awaitNone(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (LOCK) {
            while (open > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    LOCK.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}

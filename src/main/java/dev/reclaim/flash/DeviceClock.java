package dev.reclaim.flash;

import java.io.InterruptedIOException;
import java.util.concurrent.locks.LockSupport;

/**
 * The time a client waits on: polling the flash controller, backing off after a busy answer. The real one is the
 * system clock; a simulated device supplies a virtual one so tests wait for nothing and stay deterministic.
 */
public interface DeviceClock {

    long nanoTime();

    void sleep(long nanos) throws InterruptedIOException;

    default void sleepMillis(long millis) throws InterruptedIOException {
        sleep(millis * 1_000_000L);
    }

    DeviceClock SYSTEM = new DeviceClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedIOException {
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("Interrupted while waiting for the device.");
                }
            }
        }
    };
}

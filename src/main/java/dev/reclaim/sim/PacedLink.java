package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.ForwardingByteLink;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * The device side of a UART that moves bytes no faster than a real wire: each byte takes one character time
 * (11 bits at 8E1) to arrive and to leave. A byte the host wrote is handed to the device only once its last bit
 * would have arrived; bytes the device writes leave in small bursts as their character times pass.
 */
public final class PacedLink extends ForwardingByteLink {
    /** Output leaves in bursts of about this long: close to the wire's timing without a wake-up per byte. */
    private static final long BURST_NANOS = 2_000_000L;
    private static final long SPIN_NANOS = 150_000L;

    private final long nanosPerByte;
    private final int burst;
    private final byte[] pending = new byte[8192];
    private final long[] arrival = new long[8192];
    private int pendingStart;
    private int pendingEnd;
    private long rxFreeAt;
    private long txFreeAt;

    public PacedLink(ByteLink inner, double bytesPerSecond) {
        super(inner);
        this.nanosPerByte = Math.round(1e9 / bytesPerSecond);
        this.burst = (int) Math.max(1, BURST_NANOS / nanosPerByte);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        // Deadlines are absolute from the start of this write, so an oversleep never adds up across bursts.
        long start = Math.max(System.nanoTime(), txFreeAt);
        for (int done = 0; done < length; ) {
            int n = Math.min(burst, length - done);
            done += n;
            sleepUntil(start + done * nanosPerByte);
            inner.write(data, offset + done - n, n);
        }
        txFreeAt = start + length * nanosPerByte;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        if (pendingStart == pendingEnd) {
            pendingStart = 0;
            pendingEnd = inner.read(pending, 0, pending.length, timeoutMillis);
            long now = System.nanoTime();
            for (int i = 0; i < pendingEnd; i++) {
                rxFreeAt = Math.max(now, rxFreeAt) + nanosPerByte;
                arrival[i] = rxFreeAt;
            }
            if (pendingEnd == 0) {
                return 0;
            }
        }
        sleepUntil(arrival[pendingStart]);
        long now = System.nanoTime();
        int n = 0;
        while (n < length && pendingStart < pendingEnd && arrival[pendingStart] <= now) {
            buffer[offset + n++] = pending[pendingStart++];
        }
        return n;
    }

    /**
     * Parks until shortly before the deadline, then spins: a parked thread wakes up late by tens to hundreds of
     * microseconds, which on a loaded machine would add up to a slower wire than the baud rate gives.
     */
    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > SPIN_NANOS) {
            LockSupport.parkNanos(left - SPIN_NANOS);
        }
        while (System.nanoTime() < nanoTime) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void discardInput() throws IOException {
        pendingStart = pendingEnd;
        inner.discardInput();
    }
}

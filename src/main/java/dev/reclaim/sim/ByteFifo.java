package dev.reclaim.sim;

import dev.reclaim.link.LinkClosedException;

/** A growable byte queue between two threads: one direction of a simulated wire, or a pump's buffer. */
final class ByteFifo {
    private byte[] buffer = new byte[4096];
    private int head;
    private int size;
    private boolean closed;
    private final String name;

    ByteFifo(String name) {
        this.name = name;
    }

    synchronized void put(byte[] data, int offset, int length) {
        if (closed) {
            return;
        }
        if (size + length > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, size + length)];
            for (int i = 0; i < size; i++) {
                bigger[i] = buffer[(head + i) % buffer.length];
            }
            buffer = bigger;
            head = 0;
        }
        for (int i = 0; i < length; i++) {
            buffer[(head + size + i) % buffer.length] = data[offset + i];
        }
        size += length;
        notifyAll();
    }

    /** Waits up to {@code timeoutMillis} for data; 0 on timeout; throws once closed and drained. */
    synchronized int take(byte[] out, int offset, int length, long timeoutMillis) throws LinkClosedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (size == 0) {
            if (closed) {
                throw new LinkClosedException(name + " is closed");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            try {
                wait(Math.max(1, left / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        int n = Math.min(length, size);
        for (int i = 0; i < n; i++) {
            out[offset + i] = buffer[(head + i) % buffer.length];
        }
        head = (head + n) % buffer.length;
        size -= n;
        return n;
    }

    synchronized void clear() {
        head = 0;
        size = 0;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}

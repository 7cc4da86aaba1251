package dev.reclaim.ui.log;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hand-over between a reader thread and the FX thread: bounded, so a flood cannot exhaust memory, and honest
 * about it — every item that did not fit is counted, and the view shows the count.
 */
public final class DropCountingQueue<T> {
    private final ArrayBlockingQueue<T> queue;
    private final AtomicLong dropped = new AtomicLong();

    public DropCountingQueue(int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Adds without blocking the reader; a full queue counts a drop instead. */
    public void offer(T item) {
        if (!queue.offer(item)) {
            dropped.incrementAndGet();
        }
    }

    /** Adds if there is room, without counting a drop; for sources that can wait (a file). */
    public boolean tryOffer(T item) {
        return queue.offer(item);
    }

    /** Moves up to {@code max} items into {@code target}; returns how many. */
    public int drainTo(Collection<? super T> target, int max) {
        return queue.drainTo(target, max);
    }

    public long dropped() {
        return dropped.get();
    }

    public void clear() {
        queue.clear();
    }
}

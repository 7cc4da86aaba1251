package dev.reclaim.log;

import java.util.function.Consumer;

/**
 * The attempts a log engine that is already reading a device's log sees, for another party to hear too: a device's
 * log port has one reader (a second would take lines from the first), so a wizard's handshake witness listens to
 * the workstation's log view through this rather than opening the port again.
 */
public interface AttemptFeed {
    /** What {@link #subscribe} returns: ends the subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Hands {@code listener} every attempt snapshot seen from now on, on the reader's thread, until the returned
     * subscription is closed.
     */
    Subscription subscribe(Consumer<Attempt> listener);
}

package dev.reclaim.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An {@link AttemptFeed} a reader publishes into; safe to subscribe and publish from any thread. */
public final class AttemptBroadcast implements AttemptFeed {
    private final List<Consumer<Attempt>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Consumer<Attempt> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Hands an attempt snapshot to every subscriber, on the calling thread. */
    public void publish(Attempt attempt) {
        listeners.forEach(l -> l.accept(attempt));
    }
}

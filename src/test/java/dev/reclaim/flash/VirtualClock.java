package dev.reclaim.flash;

import java.util.ArrayList;
import java.util.List;

/** A {@link DeviceClock} whose time moves only when someone sleeps; remembers every real (positive) sleep. */
public final class VirtualClock implements DeviceClock {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleep(long nanos) {
        if (nanos > 0) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    public List<Long> sleeps() {
        return sleeps;
    }

    public void advance(long nanos) {
        now += nanos;
    }
}

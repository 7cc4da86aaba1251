package dev.reclaim.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the latest snapshot of each connection attempt, in log order, for whoever shows or reports them (the
 * analyzer, the GUI's handshake timeline). The engine publishes a new snapshot of an attempt on every handshake
 * line; the one kept replaces the earlier snapshots with its number. Bounded, because a device left retrying for
 * days must not fill memory; what did not fit is counted. Not thread-safe: offer from one thread.
 */
public final class AttemptCollector {
    /** Attempts kept at most. */
    public static final int MAX_ATTEMPTS = 10_000;

    /** What gives way when the collector is full. */
    public enum WhenFull {
        /** Later attempts are counted but not kept: a report on a whole log starts where the log starts. */
        KEEP_FIRST,
        /** The oldest attempt is let go (and counted): a live view shows what happens now. */
        KEEP_LATEST
    }

    private final List<Attempt> kept;
    private final int cap;
    private final WhenFull whenFull;
    private int leftOut;
    /** With {@link WhenFull#KEEP_FIRST}: the last attempt left out, whose later snapshots are not counted again. */
    private int lastLeftOut;

    public AttemptCollector(WhenFull whenFull) {
        this(new ArrayList<>(), MAX_ATTEMPTS, whenFull);
    }

    /**
     * Collects into {@code into}, e.g. a list a view observes, which from now on only this collector changes.
     *
     * @param cap the most attempts kept (at least 1)
     */
    public AttemptCollector(List<Attempt> into, int cap, WhenFull whenFull) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1, was " + cap);
        }
        this.kept = into;
        this.cap = cap;
        this.whenFull = whenFull;
    }

    /**
     * Takes a snapshot: it replaces the kept snapshot with its number, or is a new attempt.
     *
     * @return the earlier snapshot it replaced, or null (a new attempt, or one that is not kept)
     */
    public Attempt offer(Attempt attempt) {
        // Snapshots come in log order, so the one to replace is nearly always the last.
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).number() >= attempt.number(); i--) {
            if (kept.get(i).number() == attempt.number()) {
                return kept.set(i, attempt);
            }
        }
        if (kept.size() < cap) {
            kept.add(attempt);
        } else if (whenFull == WhenFull.KEEP_FIRST) {
            if (attempt.number() > lastLeftOut) {
                leftOut++;
                lastLeftOut = attempt.number();
            }
        } else {
            kept.add(attempt);
            int excess = kept.size() - cap;
            kept.subList(0, excess).clear();
            leftOut += excess;
        }
        return null;
    }

    /** The kept snapshots in log order (a read-only view). */
    public List<Attempt> attempts() {
        return Collections.unmodifiableList(kept);
    }

    /** Attempts seen but not kept (later ones with {@link WhenFull#KEEP_FIRST}, older ones let go otherwise). */
    public int leftOut() {
        return leftOut;
    }

    /** Forgets everything, for a new log (whose attempts are numbered from 1 again). */
    public void clear() {
        kept.clear();
        leftOut = 0;
        lastLeftOut = 0;
    }
}

package dev.reclaim.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the latest snapshot of each connection attempt, in log order, for whoever shows or reports them (the
 * analyzer, the GUI's handshake timeline). The engine publishes a new snapshot of an attempt on every handshake
 * line; the one kept replaces the earlier snapshots with its number. Bounded, because a device left retrying for
 * days must not fill memory: when full, the oldest attempt is let go, so what is kept is what happened last (a log
 * whose last attempt connected shows that). The outcome of every attempt, kept or let go, is counted, and the
 * numbers of those let go are remembered. Not thread-safe: offer from one thread.
 */
public final class AttemptCollector {
    /** Attempts kept at most. */
    public static final int MAX_ATTEMPTS = 10_000;

    private final List<Attempt> kept;
    private final int cap;
    /** Per outcome (by ordinal), the attempts whose latest snapshot has it (kept and let go); ints, not boxed. */
    private final int[] outcomes = new int[Outcome.values().length];
    private int leftOut;
    private int firstLeftOut;
    /** The newest attempt let go: a late snapshot of it still moves its count. */
    private Attempt lastLeftOut;

    public AttemptCollector() {
        this(new ArrayList<>(), MAX_ATTEMPTS);
    }

    /**
     * Collects into {@code into}, e.g. a list a view observes, which from now on only this collector changes.
     *
     * @param cap the most attempts kept (at least 1)
     */
    public AttemptCollector(List<Attempt> into, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1, was " + cap);
        }
        this.kept = into;
        this.cap = cap;
    }

    /**
     * Takes a snapshot: it replaces the kept snapshot with its number, or is a new attempt.
     *
     * @return the earlier snapshot it replaced, or null (a new attempt, or one that is no longer kept)
     */
    public Attempt offer(Attempt attempt) {
        // Snapshots come in log order, so the one to replace is nearly always the last.
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).number() >= attempt.number(); i--) {
            if (kept.get(i).number() == attempt.number()) {
                Attempt earlier = kept.set(i, attempt);
                recount(earlier, attempt);
                return earlier;
            }
        }
        if (lastLeftOut != null && attempt.number() <= lastLeftOut.number()) {
            // An attempt already let go: only the newest of those can still be updated (log order).
            if (attempt.number() == lastLeftOut.number()) {
                recount(lastLeftOut, attempt);
                lastLeftOut = attempt;
            }
            return null;
        }
        outcomes[attempt.outcome().ordinal()]++;
        kept.add(attempt);
        if (kept.size() > cap) {
            List<Attempt> oldest = kept.subList(0, kept.size() - cap);
            if (leftOut == 0) {
                firstLeftOut = oldest.get(0).number();
            }
            leftOut += oldest.size();
            lastLeftOut = oldest.get(oldest.size() - 1);
            oldest.clear();
        }
        return null;
    }

    private void recount(Attempt earlier, Attempt now) {
        outcomes[earlier.outcome().ordinal()]--;
        outcomes[now.outcome().ordinal()]++;
    }

    /** The kept snapshots in log order (a read-only view): the most recent {@code cap} attempts. */
    public List<Attempt> attempts() {
        return Collections.unmodifiableList(kept);
    }

    /** How many attempts (kept or let go) ended with each outcome, by their latest snapshot; zeros left out. */
    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            if (outcomes[outcome.ordinal()] > 0) {
                counts.put(outcome, outcomes[outcome.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Attempts seen and let go, the oldest ones. */
    public int leftOut() {
        return leftOut;
    }

    /** The number of the first attempt let go, or 0 when none was. */
    public int firstLeftOut() {
        return firstLeftOut;
    }

    /** The number of the last attempt let go, or 0 when none was. */
    public int lastLeftOut() {
        return lastLeftOut == null ? 0 : lastLeftOut.number();
    }

    /** Forgets everything, for a new log (whose attempts are numbered from 1 again). */
    public void clear() {
        kept.clear();
        java.util.Arrays.fill(outcomes, 0);
        leftOut = 0;
        firstLeftOut = 0;
        lastLeftOut = null;
    }
}

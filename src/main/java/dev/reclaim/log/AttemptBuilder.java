package dev.reclaim.log;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The tracker's mutable state of the attempt in progress. Keeps only what a snapshot needs, bounded. */
final class AttemptBuilder {
    static final int MAX_EVENTS = 64;
    static final int MAX_STAGES = 32;

    private final int number;
    private final long line;
    private final long deviceMillis;
    private final String hostTime;
    private Outcome outcome = Outcome.IN_PROGRESS;
    private boolean ended;
    private Stage failedStage;
    private Integer code;
    private int codeRank = -1;
    /** The highest layer that reported a result line naming no stage ("handshake failed with code N"), or -1. */
    private int resultRank = -1;
    private long lastMillis;
    private int open = -1;
    /**
     * Append-only like the events, except that a stage's end replaces its slot: then the array is copied first when
     * a snapshot shares it ({@link #stagesShared}), so that no snapshot changes.
     */
    private StageTiming[] stages = new StageTiming[8];
    private int stageCount;
    private boolean stagesShared;
    private HandshakeEvent[] events = new HandshakeEvent[16];
    private int eventCount;
    private String[] signals = new String[4];
    private int signalCount;
    /** The views the last snapshot handed out, or null once the builder's own changed. */
    private List<StageTiming> stagesSnapshot;
    private Set<String> signalsSnapshot;
    private final MessageCache messages;

    /** @param messages where equal message texts are shared (the tracker's, for all its attempts) */
    AttemptBuilder(int number, LogRecord first, MessageCache messages) {
        this.number = number;
        this.messages = messages;
        this.line = first.line();
        this.deviceMillis = first.deviceMillis();
        this.hostTime = first.hostTime();
        this.lastMillis = first.timeMillis();
    }

    boolean ended() {
        return ended;
    }

    /**
     * True when this failure line cannot belong to this attempt: a stage's own failure line after a stage already
     * failed, or a result line (naming no stage) after a result of the same or a higher layer. Then a capture that
     * started in the middle, or a filtered one, shows the next attempt without its start line. (A stage line that
     * reports a protocol or system code, such as "Cloud socket connection failed", follows its stage's failure.)
     */
    boolean failedBefore(HandshakeLine failure) {
        if (outcome != Outcome.FAILED) {
            return false;
        }
        if (failure.stage() != null) {
            return failure.codeFrom() == HandshakeLine.CodeLayer.STAGE && failedStage != null;
        }
        return failure.codeFrom().ordinal() <= resultRank;
    }

    void apply(LogRecord r, HandshakeLines.Match m) {
        HandshakeLine entry = m.line();
        long t = r.timeMillis();
        if (entry.signal() != null) {
            addSignal(entry.signal());
        }
        Stage eventStage = entry.stage();
        switch (entry.event()) {
            case START -> {
                closeOpen(t, StageTiming.Status.OK);
                addStage(new StageTiming(entry.stage(), r.line(), t, -1, StageTiming.Status.OPEN));
            }
            case DONE -> done(entry.stage(), r.line(), t);
            case MARK, RESUMED -> closeOpen(t, StageTiming.Status.OK);
            case FAIL -> eventStage = fail(entry, m.code(), r.line(), t);
            case COMPLETED -> {
                closeOpen(t, StageTiming.Status.OK);
                outcome = Outcome.CONNECTED;
            }
            case CONNECTED -> {
                closeOpen(t, StageTiming.Status.OK);
                if (outcome != Outcome.FAILED) {
                    outcome = Outcome.CONNECTED;
                }
                ended = true;
            }
            case DISCONNECT -> end();
            case ATTEMPT_START, NOTE -> { }
        }
        if (eventCount < MAX_EVENTS) {
            if (eventCount == events.length) {
                events = Arrays.copyOf(events, Math.min(MAX_EVENTS, events.length * 2));
            }
            events[eventCount++] = new HandshakeEvent(r.line(), t, entry, eventStage, messages.canonical(r),
                    m.code(), m.cut());
        }
        if (t >= 0) {
            lastMillis = t;
        }
    }

    private void done(Stage stage, long at, long t) {
        StageTiming current = open >= 0 ? stages[open] : null;
        StageTiming last = stageCount == 0 ? null : stages[stageCount - 1];
        if (current != null && current.stage() == stage) {
            setStage(open, current.end(t, StageTiming.Status.OK));
            open = -1;
        } else if (current == null && last != null && last.stage() == stage && last.status() == StageTiming.Status.OK) {
            setStage(stageCount - 1, last.end(t, StageTiming.Status.OK)); // a second "done" line of one stage
        } else {
            closeOpen(t, StageTiming.Status.OK);
            addStage(new StageTiming(stage, at, lastMillis, t, StageTiming.Status.OK));
        }
    }

    private Stage fail(HandshakeLine entry, Integer reported, long at, long t) {
        Stage stage = entry.stage() != null ? entry.stage() : open >= 0 ? stages[open].stage() : failedStage;
        if (failedStage == null && stage != null) {
            if (open >= 0 && stages[open].stage() == stage) {
                setStage(open, stages[open].end(t, StageTiming.Status.FAILED));
                open = -1;
            } else {
                closeOpen(t, StageTiming.Status.OK);
                addStage(new StageTiming(stage, at, lastMillis, t, StageTiming.Status.FAILED));
            }
            failedStage = stage;
        }
        int rank = entry.codeFrom().ordinal();
        if (entry.stage() == null) {
            resultRank = Math.max(resultRank, rank);
        }
        if (reported != null && rank >= codeRank) {
            code = reported;
            codeRank = rank;
        }
        outcome = Outcome.FAILED;
        if (entry.ends()) {
            ended = true;
        }
        return stage;
    }

    /** Nothing more will change this attempt (next attempt, reset, disconnect, end of log). */
    void end() {
        if (outcome == Outcome.IN_PROGRESS) {
            outcome = Outcome.INCOMPLETE;
        }
        ended = true;
    }

    void addSignal(String signal) {
        if (!FrozenSet.containsIn(signals, signalCount, signal)) {
            if (signalCount == signals.length) {
                signals = Arrays.copyOf(signals, signalCount * 2);
            }
            signals[signalCount++] = signal;
            signalsSnapshot = null;
        }
    }

    private void closeOpen(long t, StageTiming.Status status) {
        if (open >= 0) {
            setStage(open, stages[open].end(t, status));
            open = -1;
        }
    }

    private void setStage(int index, StageTiming s) {
        if (stagesShared) {
            stages = stages.clone();
            stagesShared = false;
        }
        stages[index] = s;
        stagesSnapshot = null;
    }

    private void addStage(StageTiming s) {
        if (stageCount < MAX_STAGES) {
            if (stageCount == stages.length) {
                stages = Arrays.copyOf(stages, Math.min(MAX_STAGES, stageCount * 2));
                stagesShared = false;
            }
            stages[stageCount++] = s;
            stagesSnapshot = null;
            open = s.status() == StageTiming.Status.OPEN ? stageCount - 1 : -1;
        }
    }

    /** A snapshot; its stage list and signal set are shared with the previous snapshot while they did not change. */
    Attempt snapshot(Generation generation) {
        if (stagesSnapshot == null) {
            stagesSnapshot = new FrozenList<>(stages, stageCount);
            stagesShared = true;
        }
        if (signalsSnapshot == null) {
            signalsSnapshot = new FrozenSet<>(signals, signalCount);
        }
        return new Attempt(number, line, deviceMillis, hostTime, outcome, ended, failedStage, code, generation,
                stagesSnapshot, new FrozenList<>(events, eventCount), signalsSnapshot);
    }
}

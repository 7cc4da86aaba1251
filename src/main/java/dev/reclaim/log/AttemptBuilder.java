package dev.reclaim.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
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
    private final List<StageTiming> stages = new ArrayList<>();
    private HandshakeEvent[] events = new HandshakeEvent[16];
    private int eventCount;
    private final Set<String> signals = new LinkedHashSet<>();
    /** The immutable copies the last snapshot handed out, or null once the builder's own changed. */
    private List<StageTiming> stagesSnapshot;
    private Set<String> signalsSnapshot;

    AttemptBuilder(int number, LogRecord first) {
        this.number = number;
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
            events[eventCount++] = new HandshakeEvent(r.line(), t, entry, eventStage, r.message(), m.code(), m.cut());
        }
        if (t >= 0) {
            lastMillis = t;
        }
    }

    private void done(Stage stage, long at, long t) {
        StageTiming current = open >= 0 ? stages.get(open) : null;
        StageTiming last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (current != null && current.stage() == stage) {
            setStage(open, current.end(t, StageTiming.Status.OK));
            open = -1;
        } else if (current == null && last != null && last.stage() == stage && last.status() == StageTiming.Status.OK) {
            setStage(stages.size() - 1, last.end(t, StageTiming.Status.OK)); // a second "done" line of one stage
        } else {
            closeOpen(t, StageTiming.Status.OK);
            addStage(new StageTiming(stage, at, lastMillis, t, StageTiming.Status.OK));
        }
    }

    private Stage fail(HandshakeLine entry, Integer reported, long at, long t) {
        Stage stage = entry.stage() != null ? entry.stage() : open >= 0 ? stages.get(open).stage() : failedStage;
        if (failedStage == null && stage != null) {
            if (open >= 0 && stages.get(open).stage() == stage) {
                setStage(open, stages.get(open).end(t, StageTiming.Status.FAILED));
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
        if (signals.add(signal)) {
            signalsSnapshot = null;
        }
    }

    private void closeOpen(long t, StageTiming.Status status) {
        if (open >= 0) {
            setStage(open, stages.get(open).end(t, status));
            open = -1;
        }
    }

    private void setStage(int index, StageTiming s) {
        stages.set(index, s);
        stagesSnapshot = null;
    }

    private void addStage(StageTiming s) {
        if (stages.size() < MAX_STAGES) {
            stages.add(s);
            stagesSnapshot = null;
            open = s.status() == StageTiming.Status.OPEN ? stages.size() - 1 : -1;
        }
    }

    /** A snapshot; its stage list and signal set are shared with the previous snapshot while they did not change. */
    Attempt snapshot(Generation generation) {
        if (stagesSnapshot == null) {
            stagesSnapshot = List.copyOf(stages);
        }
        if (signalsSnapshot == null) {
            signalsSnapshot = Collections.unmodifiableSet(new LinkedHashSet<>(signals));
        }
        return new Attempt(number, line, deviceMillis, hostTime, outcome, ended, failedStage, code, generation,
                stagesSnapshot, new FrozenList<>(events, eventCount), signalsSnapshot);
    }
}

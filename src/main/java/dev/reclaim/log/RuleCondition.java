package dev.reclaim.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One "when" entry of a diagnosis rule: every key that is set must hold. A null key is not checked.
 * Keys about the result (outcome, failedStage, code) and message patterns are judged once the attempt has ended.
 * A {@code logFact} condition is about the whole log and never holds for an attempt.
 */
record RuleCondition(Set<Outcome> outcome, Set<Stage> failedStage, Set<Integer> code, Set<Protocol> protocol,
                     VersionRange firmware, String signal, MessagePattern message, String logFact) {

    /** Result keys, and message patterns (a regex over every line: too dear to run on each update), wait for the end. */
    boolean needsEnd() {
        return outcome != null || failedStage != null || code != null || message != null || logFact != null;
    }

    /** True when this condition holds for the attempt. */
    boolean holds(Attempt a) {
        if (logFact != null
                || needsEnd() && !a.ended()
                || outcome != null && !outcome.contains(a.outcome())
                || failedStage != null && (a.failedStage() == null || !failedStage.contains(a.failedStage()))
                || code != null && (a.code() == null || !code.contains(a.code()))
                || protocol != null && !protocol.contains(a.generation().protocol())
                || firmware != null && !firmware.overlaps(a.generation().versions())
                || signal != null && !a.hasSignal(signal)) {
            return false;
        }
        return message == null || messageInAny(a.events());
    }

    /** The supporting lines when this condition holds for the attempt, else null. */
    List<Long> support(Attempt a) {
        if (!holds(a)) {
            return null;
        }
        Set<Long> lines = new TreeSet<>();
        List<HandshakeEvent> events = a.events();
        for (int i = 0; i < events.size(); i++) { // per attempt snapshot: no iterator
            HandshakeEvent e = events.get(i);
            boolean failure = e.entry().event() == HandshakeLine.Event.FAIL;
            if (message != null && message.foundIn(e.message())
                    || signal != null && signal.equals(e.entry().signal())
                    || failedStage != null && failure && e.stage() == a.failedStage()
                    || code != null && failure && Objects.equals(e.code(), a.code())
                    || outcome != null && isOutcomeLine(e, a.outcome())) {
                lines.add(e.line());
            }
        }
        if (lines.isEmpty()) {
            lines.add(a.line());
        }
        return new ArrayList<>(lines);
    }

    private boolean messageInAny(List<HandshakeEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (message.foundIn(events.get(i).message())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutcomeLine(HandshakeEvent e, Outcome outcome) {
        HandshakeLine.Event ev = e.entry().event();
        return switch (outcome) {
            case FAILED -> ev == HandshakeLine.Event.FAIL;
            case CONNECTED -> ev == HandshakeLine.Event.CONNECTED || ev == HandshakeLine.Event.COMPLETED
                    || ev == HandshakeLine.Event.RESUMED;
            default -> false;
        };
    }
}

package dev.reclaim.log;

import java.util.List;
import java.util.Set;

/**
 * An immutable snapshot of one cloud connection attempt: from "Cloud: connecting" (or the first handshake line)
 * to connected, failed, or the next attempt. Published again each time a line changes it.
 *
 * @param number      1-based number of the attempt in its log
 * @param line        the line it started on
 * @param deviceMillis device time of that line, or -1
 * @param hostTime    host time stamp of that line, or null
 * @param ended       true once nothing more can change its outcome
 * @param failedStage the stage that failed, or null
 * @param code        the code of the highest layer that reported one (system over protocol over stage), or null
 * @param generation  the firmware generation the log shows so far
 * @param stages      the stages in the order the log shows them, with timings
 * @param events      the recognised lines (at most {@value AttemptBuilder#MAX_EVENTS})
 * @param signals     facts proven by its lines ("server-address-blank", "handshake-completed", "device-reset", ...)
 */
public record Attempt(int number, long line, long deviceMillis, String hostTime, Outcome outcome, boolean ended,
                      Stage failedStage, Integer code, Generation generation, List<StageTiming> stages,
                      List<HandshakeEvent> events, Set<String> signals) {

    public boolean hasSignal(String signal) {
        return signals.contains(signal);
    }

    /** The code in plain words for this attempt's firmware, or null when it has no code. */
    public CodeExplanation explainCode(ErrorCodes codes) {
        return code == null ? null : codes.explain(code, generation);
    }
}

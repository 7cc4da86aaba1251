package dev.reclaim.log;

/**
 * A recognised firmware line inside an attempt.
 *
 * @param millis  device (or host) time of the line, -1 when unknown
 * @param stage   the stage it started, finished or failed (for a failure reported without a stage: the stage
 *                that was open), or null
 * @param code    the code it reported, or null
 * @param cut     true when the next record cut the line: only its start was visible (and matched)
 */
public record HandshakeEvent(long line, long millis, HandshakeLine entry, Stage stage, String message, Integer code,
                             boolean cut) {
}

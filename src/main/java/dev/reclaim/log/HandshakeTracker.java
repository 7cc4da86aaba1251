package dev.reclaim.log;

import java.util.function.Consumer;

/**
 * Follows connection attempts through a stream of records: opens an attempt at "Cloud: connecting" (or the first
 * handshake line, or a failure line that cannot belong to the attempt before it), applies each recognised line to it, and ends it at its result, the next attempt, a device reset
 * or the end of the log. Every change is published as an {@link Attempt} snapshot.
 */
final class HandshakeTracker {
    /** A device counter that falls back by more than this means the device restarted. */
    private static final long RESET_SLACK_MILLIS = 1000;
    /** Signal of an attempt whose first line is a failure: the log shows no start of it (capture began mid-way). */
    static final String IMPLICIT_START = "implicit-start";

    private final HandshakeLines lines;
    private final LogFormats formats;
    private final Consumer<Attempt> out;
    private final MessageCache messages = new MessageCache();
    private AttemptBuilder current;
    private int attempts;
    private long lastDeviceMillis = -1;
    private Generation generation = Generation.UNKNOWN;
    private String lastFormat;
    private boolean sawConnectionLine;

    HandshakeTracker(HandshakeLines lines, LogFormats formats, Consumer<Attempt> out) {
        this.lines = lines;
        this.formats = formats;
        this.out = out;
    }

    void accept(LogRecord r) {
        accept(r, lines.match(r));
    }

    /** @param m what {@link HandshakeLines#match} of this tracker's table says of {@code r} */
    void accept(LogRecord r, HandshakeLines.Match m) {
        if (r.deviceMillis() >= 0) {
            if (lastDeviceMillis >= 0 && r.deviceMillis() + RESET_SLACK_MILLIS < lastDeviceMillis) {
                deviceReset();
            }
            lastDeviceMillis = r.deviceMillis();
        }
        if (r.kind() == RecordKind.LOG && r.format() != lastFormat) {
            lastFormat = r.format();
            generation = generation.narrow(Protocol.UNKNOWN, formats.firmwareOf(r.format()));
        }
        if (m == null) {
            return;
        }
        sawConnectionLine = true;
        HandshakeLine entry = m.line();
        if (m.isEvidence()) {
            generation = generation.narrow(entry.protocol(), entry.firmware());
        }
        if (startsNewAttempt(entry)) {
            boolean implicit = entry.event() == HandshakeLine.Event.FAIL;
            endCurrent();
            current = new AttemptBuilder(++attempts, r, messages);
            if (implicit) {
                current.addSignal(IMPLICIT_START);
            }
        }
        if (current == null) {
            return;
        }
        current.apply(r, m);
        if (isHandshakeResult(entry) && m.code() != null) {
            generation = generation.narrow(Protocol.UNKNOWN, FinalCodes.firmwareFor(m.code(), generation));
        }
        out.accept(current.snapshot(generation));
    }

    /** "Cloud handshake failed, code=N": a system-layer failure that names no stage; its code dates the firmware. */
    private static boolean isHandshakeResult(HandshakeLine entry) {
        return entry.event() == HandshakeLine.Event.FAIL && entry.codeFrom() == HandshakeLine.CodeLayer.SYSTEM
                && entry.stage() == null;
    }

    private boolean startsNewAttempt(HandshakeLine entry) {
        return switch (entry.event()) {
            case ATTEMPT_START -> true;
            case FAIL -> current == null || current.ended() || current.failedBefore(entry);
            case START, DONE, MARK, COMPLETED, RESUMED, CONNECTED -> current == null || current.ended();
            case NOTE -> current == null;
            case DISCONNECT -> false;
        };
    }

    private void deviceReset() {
        if (current != null && !current.ended()) {
            current.addSignal("device-reset");
            current.end();
            out.accept(current.snapshot(generation));
        }
        current = null;
    }

    private void endCurrent() {
        if (current != null && !current.ended()) {
            current.end();
            out.accept(current.snapshot(generation));
        }
    }

    /** True once any line of the handshake table was seen. */
    boolean sawConnectionLine() {
        return sawConnectionLine;
    }

    /** End of the log: the attempt in progress ends as it stands. */
    void finish() {
        endCurrent();
    }
}

package dev.reclaim.log;

import java.util.Locale;
import java.util.Map;

/**
 * One firmware log line the tracker understands (an entry of handshake-lines.json): where it comes from, its exact
 * text, and what it means for the attempt. The simulated P1 renders its log from these entries.
 *
 * @param category the Device OS category (a record may carry a parent or child of it), or null when unknown
 * @param protocol the protocol implementation that prints it, {@link Protocol#UNKNOWN} for system lines
 * @param firmware the Device OS release lines that print it
 * @param source   for pre-0.6 lines, the "func (line)" part the old macros print (such an entry renders in the
 *                 pre-0.6 format); otherwise null
 * @param stage    the stage the line starts, finishes or fails; null when it names none
 * @param signal   a fact the line proves ("server-address-blank"), used by diagnosis rules; or null
 * @param codeFrom which layer reported the {code}; higher layers override lower ones
 * @param ends     true when the line closes the attempt
 */
public record HandshakeLine(String id, String category, Level level, Protocol protocol, VersionRange firmware,
                            String source, LineTemplate template, Event event, Stage stage, String signal,
                            CodeLayer codeFrom, boolean ends) {

    /** What a line does to the attempt. */
    public enum Event {
        ATTEMPT_START, START, DONE, MARK, FAIL, COMPLETED, CONNECTED, RESUMED, NOTE, DISCONNECT;

        static Event fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** The layer that reported a code: the stage line, the protocol ("Handshake failed: N") or the system. */
    public enum CodeLayer {
        STAGE, PROTOCOL, SYSTEM;

        static CodeLayer fromId(String id) {
            return id == null ? STAGE : valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /** The message text with its placeholders filled from {@code values}. */
    public String message(Map<String, ?> values) {
        return template.render(values);
    }

    /** The whole log line as this firmware prints it, at device time {@code millis}. */
    public String render(long millis, Map<String, ?> values) {
        String message = message(values);
        return source != null || category == null
                ? DeviceOsLines.pre06(millis, level, source == null ? "?" : source, message)
                : DeviceOsLines.deviceOs(millis, category, level, message);
    }
}

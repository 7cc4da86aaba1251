package dev.reclaim.log;

/**
 * One record recovered from a log line. Several records can share a line number when writers ran together.
 *
 * @param line        1-based physical line number in the source (CR, LF and CR LF each end a line)
 * @param kind        how much of the line was understood
 * @param deviceMillis the device's millisecond counter, or -1 when the line has none
 * @param hostTime    a time stamp the capturing host put in front ("Dec 17 01:36:42", "319505"), or null
 * @param hostMillis  that stamp in milliseconds (time of day, or the host's counter), or -1
 * @param category    the Device OS category ("comm.protocol"), or null when absent
 * @param level       the level; {@link Level#NONE} for raw lines
 * @param source      "file.cpp:123, func()" source info when the build printed it, or null
 * @param message     the message without the code/details suffix; for raw lines the whole text
 * @param code        the {@code [code = N]} attribute, or null
 * @param details     the {@code details = ...} attribute, or null
 * @param format      id of the format that read the line (see formats.json), "partial" or "raw"
 * @param text        the recovered text of this record as it appeared (after decoding)
 * @param cut         true when another record started on the same line before this one's end of line: its message
 *                    may have been cut mid-text (two writers at once)
 */
public record LogRecord(long line, RecordKind kind, long deviceMillis, String hostTime, long hostMillis,
                        String category, Level level, String source, String message, Integer code,
                        String details, String format, String text, boolean cut) {

    /** The best time base for durations: the device counter, else the host stamp, else -1. */
    public long timeMillis() {
        return deviceMillis >= 0 ? deviceMillis : hostMillis;
    }

    /** True when this record and {@code other} are the same log message printed twice (two log handlers). */
    public boolean sameMessageAs(LogRecord other) {
        return kind == RecordKind.LOG && other.kind == RecordKind.LOG
                && deviceMillis >= 0 && deviceMillis == other.deviceMillis
                && level == other.level
                && (category == null || other.category == null || category.equals(other.category))
                && message.equals(other.message);
    }
}

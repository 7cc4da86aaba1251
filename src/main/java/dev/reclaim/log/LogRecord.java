package dev.reclaim.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One record recovered from a log line. Several records can share a line number when writers ran together. An
 * immutable value: two records are equal when all their components are.
 *
 * <p>A plain record of a whole-log analysis keeps the bytes of its line (its block of the log) and decodes its text
 * and message only when asked: most records of a long log are only counted, and a String per line was most of what
 * an analysis allocated.
 */
public final class LogRecord {
    /** The components most records do not have (a host stamp, source info, a code suffix), kept apart. */
    private record Extras(String hostTime, long hostMillis, String source, Integer code, String details) {
        static final Extras NONE = new Extras(null, -1, null, null, null);

        static Extras of(String hostTime, long hostMillis, String source, Integer code, String details) {
            return hostTime == null && hostMillis == -1 && source == null && code == null && details == null
                    ? NONE : new Extras(hostTime, hostMillis, source, code, details);
        }
    }

    /** The line number, or within its block when {@link #base} is set. */
    private final long line;
    private final LineBase base;
    private final RecordKind kind;
    private final long deviceMillis;
    private final String category;
    private final Level level;
    private final String format;
    private final boolean cut;
    private final Extras extras;
    /** The ASCII bytes holding text and message (null when both were given as Strings). */
    private final byte[] bytes;
    private final int textStart;
    private final int messageStart;
    private final int end;
    /** Decoded on first use when {@link #bytes} holds them (a benign race: every thread decodes the same). */
    private String text;
    private String message;

    /**
     * @param line         1-based physical line number in the source (CR, LF and CR LF each end a line)
     * @param kind         how much of the line was understood
     * @param deviceMillis the device's millisecond counter, or -1 when the line has none
     * @param hostTime     a time stamp the capturing host put in front ("Dec 17 01:36:42", "319505"), or null
     * @param hostMillis   that stamp in milliseconds (time of day, or the host's counter), or -1
     * @param category     the Device OS category ("comm.protocol"), or null when absent
     * @param level        the level; {@link Level#NONE} for raw lines
     * @param source       "file.cpp:123, func()" source info when the build printed it, or null
     * @param message      the message without the code/details suffix; for raw lines the whole text
     * @param code         the {@code [code = N]} attribute, or null
     * @param details      the {@code details = ...} attribute, or null
     * @param format       id of the format that read the line (see formats.json), "partial" or "raw"
     * @param text         the recovered text of this record as it appeared (after decoding)
     * @param cut          true when another record started on the same line before this one's end of line: its
     *                     message may have been cut mid-text (two writers at once)
     */
    public LogRecord(long line, RecordKind kind, long deviceMillis, String hostTime, long hostMillis, String category,
                     Level level, String source, String message, Integer code, String details, String format,
                     String text, boolean cut) {
        this(line, null, kind, deviceMillis, category, level, format, cut,
                Extras.of(hostTime, hostMillis, source, code, details), null, 0, 0, 0);
        this.message = Objects.requireNonNull(message, "message");
        this.text = Objects.requireNonNull(text, "text");
    }

    private LogRecord(long line, LineBase base, RecordKind kind, long deviceMillis, String category, Level level,
                      String format, boolean cut, Extras extras, byte[] bytes, int textStart, int messageStart,
                      int end) {
        this.line = line;
        this.base = base;
        this.kind = kind;
        this.deviceMillis = deviceMillis;
        this.category = category;
        this.level = level;
        this.format = format;
        this.cut = cut;
        this.extras = extras;
        this.bytes = bytes;
        this.textStart = textStart;
        this.messageStart = messageStart;
        this.end = end;
    }

    /**
     * A whole-line LOG record without host stamp, source or code, whose text is the ASCII bytes[textStart, end) and
     * message bytes[messageStart, end). The bytes must not change afterwards.
     *
     * @param base null when {@code line} is the line number, else the first line of the block {@code line} counts in
     */
    static LogRecord plain(long line, LineBase base, long deviceMillis, String category, Level level, String format,
                           byte[] bytes, int textStart, int messageStart, int end) {
        return new LogRecord(line, base, RecordKind.LOG, deviceMillis, category, level, format, false, Extras.NONE,
                bytes, textStart, messageStart, end);
    }

    /** This record numbered within the block whose first line {@code base} will tell. */
    LogRecord within(LineBase base) {
        LogRecord r = new LogRecord(line, base, kind, deviceMillis, category, level, format, cut, extras, bytes,
                textStart, messageStart, end);
        r.text = text;
        r.message = message;
        return r;
    }

    public long line() {
        return base == null ? line : base.first() + line;
    }

    public RecordKind kind() {
        return kind;
    }

    public long deviceMillis() {
        return deviceMillis;
    }

    public String hostTime() {
        return extras.hostTime();
    }

    public long hostMillis() {
        return extras.hostMillis();
    }

    public String category() {
        return category;
    }

    public Level level() {
        return level;
    }

    public String source() {
        return extras.source();
    }

    public String message() {
        String m = message;
        if (m == null) {
            m = new String(bytes, messageStart, end - messageStart, StandardCharsets.ISO_8859_1);
            message = m;
        }
        return m;
    }

    /**
     * The ASCII bytes of a plain record's line (its message is [{@link #messageStart}, {@link #end})), or null when
     * the record was given its text as Strings. Never to be changed.
     */
    byte[] lineBytes() {
        return bytes;
    }

    int messageStart() {
        return messageStart;
    }

    int end() {
        return end;
    }

    public Integer code() {
        return extras.code();
    }

    public String details() {
        return extras.details();
    }

    public String format() {
        return format;
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = new String(bytes, textStart, end - textStart, StandardCharsets.ISO_8859_1);
            text = t;
        }
        return t;
    }

    public boolean cut() {
        return cut;
    }

    /** The best time base for durations: the device counter, else the host stamp, else -1. */
    public long timeMillis() {
        return deviceMillis >= 0 ? deviceMillis : extras.hostMillis();
    }

    /** True when this record and {@code other} are the same log message printed twice (two log handlers). */
    public boolean sameMessageAs(LogRecord other) {
        return kind == RecordKind.LOG && other.kind == RecordKind.LOG
                && deviceMillis >= 0 && deviceMillis == other.deviceMillis
                && level == other.level
                && (category == null || other.category == null || category.equals(other.category))
                && sameMessage(other);
    }

    /** Message equality without decoding when both messages are still bytes. */
    private boolean sameMessage(LogRecord other) {
        if (message == null && other.message == null) {
            return Arrays.equals(bytes, messageStart, end, other.bytes, other.messageStart, other.end);
        }
        return message().equals(other.message());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord r && line() == r.line() && kind == r.kind && deviceMillis == r.deviceMillis
                && Objects.equals(category, r.category) && level == r.level && Objects.equals(format, r.format)
                && cut == r.cut && extras.equals(r.extras) && message().equals(r.message()) && text().equals(r.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line(), kind, deviceMillis, category, level, format, cut, extras, message(), text());
    }

    @Override
    public String toString() {
        return "LogRecord[line=" + line() + ", kind=" + kind + ", deviceMillis=" + deviceMillis + ", hostTime="
                + hostTime() + ", hostMillis=" + hostMillis() + ", category=" + category + ", level=" + level
                + ", source=" + source() + ", message=" + message() + ", code=" + code() + ", details=" + details()
                + ", format=" + format + ", text=" + text() + ", cut=" + cut + "]";
    }
}

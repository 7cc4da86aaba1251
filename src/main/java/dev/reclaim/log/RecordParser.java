package dev.reclaim.log;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Turns one decoded line into records: splits records that ran together on one line, strips a host stamp, reads the
 * body with the first format whose shape and regex fit, and keeps anything else as a partial or raw record.
 * Not thread-safe: it reuses one matcher per format.
 */
final class RecordParser {
    /** Receives the records of a line in order. */
    interface Sink {
        void accept(LogRecord record);
    }

    private static final String PARTIAL = "partial";
    private static final String RAW = "raw";
    /** The level names a record header can carry, in the order they are tried. */
    static final String[] HEADER_LEVELS = {"TRACE", "INFO", "WARN", "ERROR", "PANIC", "LOG", "DEBUG"};
    /** Line terminators of java.util.regex besides CR and LF: '.' and '$' treat them apart unless DOTALL. */
    private static final char NEL = 0x85;
    private static final char LINE_SEPARATOR = 0x2028;
    private static final char PARAGRAPH_SEPARATOR = 0x2029;
    /** Formats whose plain records a scan reads, by id: the offset of "[category]" (after "NNNNNNNNNN "). */
    static final Map<String, Integer> PLAIN_HEADS = Map.of("device-os", 11, "device-os-untimed", 0);
    /** The format of Device OS 0.4/0.5 debug output ("NNNNNNNNNN:LEVEL : func file(line):message"), read by a scan. */
    static final String PRE_06 = "device-os-pre-0.6";
    /** Its level names: they start with different letters, so the first one decides. */
    private static final String[] PRE_06_LEVELS = {"LOG", "DEBUG", "INFO", "WARN", "ERROR", "PANIC"};

    private final LogFormats formats;
    private final List<LogFormat> bodies;
    private final List<LogFormat> prefixes;
    private final Matcher[] bodyMatchers;
    private final Matcher[] prefixMatchers;
    private final Matcher suffixMatcher;
    private final String[] categories = new String[256];
    /**
     * Per body format: where "[category]" starts after the format's own head when the format is one a scan reads
     * (the StreamLogHandler record with and without its counter), else -1.
     */
    private final int[] plainHeads;
    /** Per body format: whether it is {@link #PRE_06}, read by {@link #pre06Record} before its regex. */
    private final boolean[] pre06;
    /** Whether the line being parsed is all ASCII. */
    private boolean ascii;

    RecordParser(LogFormats formats) {
        this(formats, true);
    }

    /** @param scans false: every body is read by its regex (the reference the scans are tested against) */
    RecordParser(LogFormats formats, boolean scans) {
        this.formats = formats;
        this.bodies = formats.bodies();
        this.prefixes = formats.prefixes();
        this.bodyMatchers = bodies.stream().map(f -> f.pattern().matcher("")).toArray(Matcher[]::new);
        this.prefixMatchers = prefixes.stream().map(f -> f.pattern().matcher("")).toArray(Matcher[]::new);
        this.suffixMatcher = formats.suffix().matcher("");
        this.plainHeads = bodies.stream().mapToInt(f -> scans ? PLAIN_HEADS.getOrDefault(f.id(), -1) : -1).toArray();
        this.pre06 = new boolean[bodies.size()];
        for (int b = 0; b < bodies.size(); b++) {
            pre06[b] = scans && bodies.get(b).id().equals(PRE_06);
        }
    }

    void parse(String text, long line, Sink sink) {
        parse(text, false, line, sink);
    }

    /**
     * @param ascii true when every character of {@code text} is ASCII (the splitter knows it from the bytes): then no
     *              scan has to look for the line terminators the regexes treat apart
     */
    void parse(String text, boolean ascii, long line, Sink sink) {
        this.ascii = ascii;
        int len = text.length();
        int start = 0;
        while (start < len) {
            // A header's own ten digits cannot hold another header, so the search starts after them.
            int next = nextHeader(text, start + (startsWithDigits(text, start, len) ? 11 : 1), len);
            while (next > 0 && isHostStamp(text, start, next)) {
                next = nextHeader(text, next + 1, len);
            }
            int end = next < 0 ? len : next;
            if (!isBlank(text, start, end)) {
                sink.accept(segment(text, start, end, line, next >= 0));
            }
            start = end;
        }
    }

    /** True when text[from, to) is exactly a host stamp, i.e. the record at {@code to} is this segment's body. */
    private boolean isHostStamp(String text, int from, int to) {
        for (int p = 0; p < prefixes.size(); p++) {
            if (prefixes.get(p).fits(text, from, to)) {
                Matcher m = over(prefixMatchers[p], text, from, text.length());
                if (m.lookingAt() && m.end() == to) {
                    return true;
                }
            }
        }
        return false;
    }

    private LogRecord segment(String text, int s, int e, long line, boolean cut) {
        LogRecord r = body(text, s, e, s, line, -1, null, -1, cut);
        if (r != null) {
            return r;
        }
        for (int p = 0; p < prefixes.size(); p++) {
            LogFormat prefix = prefixes.get(p);
            if (!prefix.fits(text, s, e)) {
                continue;
            }
            Matcher m = over(prefixMatchers[p], text, s, e);
            if (!m.lookingAt()) {
                continue;
            }
            int stampGroup = prefix.stamp > 0 ? prefix.stamp : prefix.counter;
            String stamp = text.substring(m.start(stampGroup), m.end(stampGroup));
            long hostMillis = hostMillis(prefix, m, text);
            int from = m.end();
            r = body(text, from, e, s, line, p, stamp, hostMillis, cut);
            return r != null ? r : partialOrRaw(text, from, e, s, line, stamp, hostMillis, cut);
        }
        return partialOrRaw(text, s, e, s, line, null, -1, cut);
    }

    private LogRecord body(String text, int from, int e, int segStart, long line, int prefix, String stamp,
                           long hostMillis, boolean cut) {
        for (int b = 0; b < bodies.size(); b++) {
            LogFormat f = bodies.get(b);
            if (!f.fits(text, from, e)) {
                continue;
            }
            String format = prefix < 0 ? f.id() : formats.compositeId(prefix, b);
            int head = plainHeads[b];
            if (head >= 0) {
                LogRecord r = plainRecord(text, from, from + head, e, segStart, line, format, stamp, hostMillis, cut);
                if (r != null) {
                    return r;
                }
            }
            if (pre06[b] && ascii) {
                LogRecord r = pre06Record(text, from, e, segStart, line, format, stamp, hostMillis, cut);
                if (r != null) {
                    return r;
                }
            }
            Matcher m = over(bodyMatchers[b], text, from, e);
            if (m.matches()) {
                return logRecord(f, m, text, segStart, e, line, format, stamp, hostMillis, cut);
            }
        }
        return null;
    }

    /**
     * The common record "[category] LEVEL: message" (after the counter) read by a scan instead of the format's regex,
     * or null when the text is not plainly that shape (source info, an odd category, no space after the colon, a line
     * terminator the regex treats specially): then the regex decides. Where it answers, it answers as the regex would
     * (RecordParserTest compares both on the samples and on mutations of them).
     */
    private LogRecord plainRecord(String text, int from, int p, int e, int segStart, long line, String format,
                                  String stamp, long hostMillis, boolean cut) {
        if (p >= e || text.charAt(p) != '[') {
            return null;
        }
        int cs = p + 1;
        int q = cs;
        while (q < e && isCategoryChar(text.charAt(q))) {
            q++;
        }
        if (q == cs || q + 1 >= e || text.charAt(q) != ']' || text.charAt(q + 1) != ' ') {
            return null;
        }
        int ls = q + 2;
        int le = levelEnd(text, ls, e);
        if (le < 0 || le + 1 >= e || text.charAt(le) != ':' || text.charAt(le + 1) != ' ') {
            return null;
        }
        int ms = le + 2;
        for (int i = ascii ? e : ms; i < e; i++) {
            char c = text.charAt(i);
            if (c >= NEL && (c == NEL || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR)) {
                return null;
            }
        }
        long millis = p > from ? digits(text, from, from + 10) : -1;
        return record(text, millis, category(text, cs, q), Level.ofName(text.charAt(ls)), null, ms, e, segStart, e,
                line, format, stamp, hostMillis, cut);
    }

    /**
     * A Device OS 0.4/0.5 record read by a scan instead of its regex (which backtracks over the source text), or null
     * when the text is not that shape: then the regex decides. Only for ASCII text, which holds no line terminator
     * the regex's '.' would stop at. It follows the regex step by step: ten digits, ':', the level, spaces, ": ",
     * the shortest source after which " (N):" or "(N):" follows, the message.
     */
    private LogRecord pre06Record(String text, int from, int e, int segStart, long line, String format, String stamp,
                                  long hostMillis, boolean cut) {
        if (e - from < 11 || text.charAt(from + 10) != ':' || !isDigits(text, from, from + 10)) {
            return null;
        }
        int ls = from + 11;
        String level = null;
        for (String name : PRE_06_LEVELS) {
            if (text.startsWith(name, ls) && ls + name.length() <= e) {
                level = name;
                break;
            }
        }
        if (level == null) {
            return null;
        }
        int p = ls + level.length();
        while (p < e && text.charAt(p) == ' ') {
            p++;
        }
        if (p + 1 >= e || text.charAt(p) != ':' || text.charAt(p + 1) != ' ') {
            return null;
        }
        int ss = p + 2;
        for (int s = ss; s < e; s++) {
            int open = text.charAt(s) == ' ' && sourceLineAt(text, s + 1, e) > 0 ? s + 1
                    : sourceLineAt(text, s, e) > 0 ? s : -1;
            if (open >= 0) {
                int close = sourceLineAt(text, open, e);
                String srcline = text.substring(open + 1, close);
                String source = text.substring(ss, s).trim() + ":" + srcline;
                return record(text, digits(text, from, from + 10), null, Level.ofName(level.charAt(0)), source,
                        close + 2, e, segStart, e, line, format, stamp, hostMillis, cut);
            }
        }
        return null;
    }

    /** Where ')' is when "(digits):" starts at {@code open}, else -1. */
    private static int sourceLineAt(String text, int open, int e) {
        if (open >= e || text.charAt(open) != '(') {
            return -1;
        }
        int d = open + 1;
        while (d < e && isDigit(text.charAt(d))) {
            d++;
        }
        return d > open + 1 && d + 1 < e && text.charAt(d) == ')' && text.charAt(d + 1) == ':' ? d : -1;
    }

    /** The end of the level name that starts at {@code at}, or -1 when none does. */
    private static int levelEnd(String text, int at, int e) {
        for (String level : HEADER_LEVELS) {
            if (e - at >= level.length() && text.startsWith(level, at)) {
                return at + level.length();
            }
        }
        return -1;
    }

    /** The characters of a category in the formats' regexes: [A-Za-z0-9_.-]. */
    private static boolean isCategoryChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-';
    }

    private LogRecord logRecord(LogFormat f, Matcher m, String text, int segStart, int e, long line, String format,
                                String stamp, long hostMillis, boolean cut) {
        int g = f.millis;
        long millis = g > 0 && m.start(g) >= 0 ? digits(text, m.start(g), m.end(g)) : -1;
        String category = f.category > 0 && m.start(f.category) >= 0 ? category(text, m.start(f.category), m.end(f.category)) : null;
        Level level = Level.ofName(text.charAt(m.start(f.level)));
        int gm = f.message;
        return record(text, millis, category, level, source(f, m, text), m.start(gm), m.end(gm), segStart, e, line,
                format, stamp, hostMillis, cut);
    }

    /** A LOG record whose message is text[ms, me), without the code/details suffix StreamLogHandler appends. */
    private LogRecord record(String text, long millis, String category, Level level, String source, int ms, int me,
                             int segStart, int e, long line, String format, String stamp, long hostMillis,
                             boolean cut) {
        Integer code = null;
        String details = null;
        if (me > ms && text.charAt(me - 1) == ']') {
            for (String marker : formats.suffixMarkers()) {
                int at = text.lastIndexOf(marker, me - 1);
                if (at >= ms && suffixMatcher.reset(text).region(at, me).matches()) {
                    code = parseCode(suffixMatcher.group("code"));
                    details = suffixMatcher.group("details");
                    me = at;
                    break;
                }
            }
        }
        return new LogRecord(line, RecordKind.LOG, millis, stamp, hostMillis, category, level, source,
                text.substring(ms, me), code, details, format, slice(text, segStart, e), cut);
    }

    private static String source(LogFormat f, Matcher m, String text) {
        String srcline = group(m, f.srcline, text);
        String whole = group(m, f.source, text);
        if (whole != null) {
            return whole.trim() + ":" + srcline;
        }
        String file = group(m, f.file, text);
        String func = group(m, f.func, text);
        if (file == null) {
            return func == null ? null : func + "()";
        }
        return file + ":" + srcline + (func == null ? "" : ", " + func + "()");
    }

    private static LogRecord partialOrRaw(String text, int from, int e, int segStart, long line, String stamp,
                                          long hostMillis, boolean cut) {
        if (e - from >= 11 && isDigits(text, from, from + 10)
                && (text.charAt(from + 10) == ' ' || text.charAt(from + 10) == ':')) {
            return new LogRecord(line, RecordKind.PARTIAL, digits(text, from, from + 10), stamp, hostMillis, null,
                    Level.NONE, null, text.substring(from + 11, e), null, null, PARTIAL, slice(text, segStart, e), cut);
        }
        return new LogRecord(line, RecordKind.RAW, -1, stamp, hostMillis, null, Level.NONE, null,
                slice(text, from, e), null, null, RAW, slice(text, segStart, e), cut);
    }

    /**
     * Where another record starts inside this line, or -1: ten digits (not part of a longer number) followed by
     * " [", " LEVEL:" or ":LEVEL" — the start of a Device OS record that ran into the previous one.
     */
    static int nextHeader(String text, int from, int to) {
        // Every line is searched, and most hold few digits: look at every tenth character only, since a run of ten
        // digits covers one of them; around a digit, find its run and judge the run (a header is exactly ten).
        int i = from + 9;
        while (i < to) {
            if (!isDigit(text.charAt(i))) {
                i += 10;
                continue;
            }
            int start = i;
            while (start > from && isDigit(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < to && isDigit(text.charAt(end))) {
                end++;
            }
            // A run that began before "from" is part of a longer number (the scan started inside it).
            if (end - start >= 10 && (start == 0 || !isDigit(text.charAt(start - 1))) && headerAt(text, start, to)) {
                return start;
            }
            i = end + 10;
        }
        return -1;
    }

    private static boolean startsWithDigits(String text, int start, int len) {
        return len - start > 11 && isDigits(text, start, start + 10);
    }

    /** Whether a record header (ten digits, then " [", " LEVEL:" or ":LEVEL") starts at {@code p}. */
    static boolean headerAt(String text, int p, int to) {
        int after = p + 10;
        if (after + 1 >= to) {
            return false;
        }
        char sep = text.charAt(after);
        if (sep == ' ' && text.charAt(after + 1) == '[') {
            return true;
        }
        if (sep != ' ' && sep != ':') {
            return false;
        }
        for (String level : HEADER_LEVELS) {
            if (text.startsWith(level, after + 1)) {
                int k = after + 1 + level.length();
                while (k < to && text.charAt(k) == ' ') {
                    k++;
                }
                return k < to && text.charAt(k) == ':';
            }
        }
        return false;
    }

    private static long hostMillis(LogFormat prefix, Matcher m, String text) {
        if (prefix.counter > 0 && m.start(prefix.counter) >= 0) {
            return digits(text, m.start(prefix.counter), m.end(prefix.counter));
        }
        if (prefix.hh < 0 || m.start(prefix.hh) < 0) {
            return -1;
        }
        long ms = ((number(m, prefix.hh, text) * 60 + number(m, prefix.mm, text)) * 60 + number(m, prefix.ss, text))
                * 1000;
        int frac = prefix.frac;
        if (frac > 0 && m.start(frac) >= 0) {
            int fs = m.start(frac);
            int n = Math.min(3, m.end(frac) - fs);
            long f = digits(text, fs, fs + n);
            for (int k = n; k < 3; k++) {
                f *= 10;
            }
            ms += f;
        }
        return ms;
    }

    /**
     * The category text as a shared String: a log has a handful of categories, so a small direct-mapped cache saves
     * an allocation per line and lets the String keep its hash for the tracker's category lookup.
     */
    private String category(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (categories.length - 1);
        String c = categories[slot];
        if (c == null || c.length() != to - from || !text.startsWith(c, from)) {
            c = text.substring(from, to);
            categories[slot] = c;
        }
        return c;
    }

    /** A matcher over text[from, to): a region only when needed, since each reset clears every group. */
    private static Matcher over(Matcher m, String text, int from, int to) {
        m.reset(text);
        return from == 0 && to == text.length() ? m : m.region(from, to);
    }

    private static long number(Matcher m, int g, String text) {
        return digits(text, m.start(g), m.end(g));
    }

    private static String group(Matcher m, int g, String text) {
        return g > 0 && m.start(g) >= 0 ? text.substring(m.start(g), m.end(g)) : null;
    }

    private static Integer parseCode(String s) {
        if (s == null || s.length() > 11) {
            return null;
        }
        long v = Long.parseLong(s);
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (int) v : null;
    }

    private static String slice(String text, int from, int to) {
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    private static long digits(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

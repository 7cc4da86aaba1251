package dev.reclaim.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of a firmware log line with {name} placeholders, e.g. "Unable to receive key {code}". Matching is a
 * plain left-to-right scan (no regex): literals must appear exactly, {code} reads a signed decimal, any other
 * placeholder takes the text up to the next literal. Text after the template is tolerated, because another writer
 * may have run into the end of the line.
 *
 * <p>The scan runs over bytes, one per character of the message: a plain record's message is matched in the bytes of
 * its line, never decoded (most records of a long log are matched and then only counted). A template's text is
 * ASCII, so a message given as a String is matched through {@link #view}, which keeps each ASCII character and puts
 * a byte no template holds in place of any other: the positions, and so the answers, are those of the characters.
 */
public final class LineTemplate {
    /** Returned by {@link #match} when the message does not fit the template. */
    public static final long NO_MATCH = Long.MIN_VALUE;
    /** Returned by {@link #match} when it fits but has no (usable) {code}. */
    public static final long NO_CODE = Long.MIN_VALUE + 1;
    /** What {@link #view} puts for a character that is not ASCII: no literal, digit or sign is this byte. */
    private static final byte NOT_ASCII = (byte) 0x80;

    private final String text;
    private final String[] names;
    /** The text between the placeholders (the first is not empty), as written and as bytes. */
    private final String[] literalTexts;
    private final byte[][] literals;
    /** Whether each placeholder is {code}. */
    private final boolean[] isCode;
    private final boolean hasCode;
    /** The first (up to eight) bytes of the text as a little-endian word, the mask of those bytes, and their number. */
    private final long head;
    private final long headMask;
    private final int headLength;

    private LineTemplate(String text, String[] literals, String[] names) {
        this.text = text;
        this.names = names;
        this.literalTexts = literals;
        this.literals = new byte[literals.length][];
        for (int k = 0; k < literals.length; k++) {
            this.literals[k] = literals[k].getBytes(StandardCharsets.US_ASCII);
        }
        this.isCode = new boolean[names.length];
        boolean any = false;
        for (int k = 0; k < names.length; k++) {
            isCode[k] = names[k].equals("code");
            any |= isCode[k];
        }
        this.hasCode = any;
        byte[] first = this.literals[0];
        this.headLength = Math.min(8, first.length);
        long word = 0;
        for (int i = 0; i < headLength; i++) {
            word |= (first[i] & 0xFFL) << (8 * i);
        }
        this.head = word;
        this.headMask = headLength == 8 ? -1L : (1L << (8 * headLength)) - 1;
    }

    /** Parses a template; it must start with literal text so that a first-character index can find it. */
    public static LineTemplate parse(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                throw new IllegalArgumentException("template must be ASCII: '" + text + "'");
            }
        }
        List<String> lits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed placeholder in '" + text + "'");
                }
                lits.add(lit.toString());
                lit.setLength(0);
                names.add(text.substring(i + 1, close));
                i = close + 1;
            } else {
                lit.append(c);
                i++;
            }
        }
        lits.add(lit.toString());
        if (lits.get(0).isEmpty()) {
            throw new IllegalArgumentException("template must start with text: '" + text + "'");
        }
        for (int k = 1; k < names.size(); k++) {
            if (lits.get(k).isEmpty()) {
                throw new IllegalArgumentException("two placeholders must be separated by text: '" + text + "'");
            }
        }
        return new LineTemplate(text, lits.toArray(new String[0]), names.toArray(new String[0]));
    }

    /** The template as written in the table. */
    public String text() {
        return text;
    }

    char firstChar() {
        return (char) literals[0][0];
    }

    boolean hasCode() {
        return hasCode;
    }

    /**
     * False when a message whose first eight bytes are {@code word} (a little-endian word, see {@link ByteWords})
     * cannot fit the template: one comparison rules out most templates a message is tried against.
     */
    boolean mayStart(long word) {
        return (word & headMask) == head;
    }

    /** How many of a message's first bytes {@link #mayStart} compares (a match may then skip them). */
    int headLength() {
        return headLength;
    }

    /**
     * A message as the byte scans read it: one byte per character, the character itself when it is Latin-1 (a byte
     * over 0x7F is no template's), else a byte that no template holds.
     */
    static byte[] view(String message) {
        // A copy for a Latin-1 String, which is what a decoded log line nearly always is; it puts '?' for any other
        // character, so each '?' is checked against the character it stands for.
        byte[] b = message.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '?' && message.charAt(i) != '?') {
                b[i] = NOT_ASCII;
            }
        }
        return b;
    }

    /** Matches a message: {@link #NO_MATCH}, {@link #NO_CODE}, or the value of {code}. */
    public long match(String message) {
        byte[] m = view(message);
        return match(m, 0, m.length, 0);
    }

    /**
     * {@link #match(String)} of the message m[from, to), one byte per character (see {@link #view}), whose first
     * {@code checked} bytes are known to be those of the text (they were compared as one word, see {@link #mayStart}).
     */
    long match(byte[] m, int from, int to, int checked) {
        byte[] first = literals[0];
        if (to - from < first.length || !regionIs(m, from + checked, to, first, checked, first.length)) {
            return NO_MATCH;
        }
        int pos = from + first.length;
        long code = NO_CODE;
        for (int k = 0; k < isCode.length; k++) {
            byte[] next = literals[k + 1];
            if (isCode[k]) {
                int end = signedDigitsEnd(m, pos, to);
                if (end < 0) {
                    return NO_MATCH;
                }
                long v = parseLong(m, pos, end);
                code = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v : NO_CODE;
                pos = end;
                if (!regionIs(m, pos, to, next, next.length)) {
                    return NO_MATCH;
                }
            } else if (next.length == 0) {
                if (pos >= to) {
                    return NO_MATCH;
                }
                pos = to;
                continue;
            } else {
                int at = indexOf(m, next, pos + 1, to);
                if (at < 0) {
                    return NO_MATCH;
                }
                pos = at;
            }
            pos += next.length;
        }
        return code;
    }

    /**
     * True when {@code message} is the visible start of a line of this template that another record cut off: it
     * fits the template up to its last character, which falls inside a literal or a placeholder. A complete match
     * also counts. Used only for records known to be cut, never for whole ones.
     */
    boolean matchesPrefix(String message) {
        byte[] m = view(message);
        int n = m.length;
        byte[] first = literals[0];
        if (n < first.length) {
            return regionIs(first, 0, first.length, m, n);
        }
        if (!regionIs(m, 0, n, first, first.length)) {
            return false;
        }
        int pos = first.length;
        for (int k = 0; k < isCode.length; k++) {
            byte[] next = literals[k + 1];
            if (isCode[k]) {
                int end = signedDigitsEnd(m, pos, n);
                if (end < 0) {
                    return pos == n || pos == n - 1 && m[pos] == '-';
                }
                pos = end;
            } else {
                if (pos >= n || next.length == 0) {
                    return true;
                }
                int at = indexOf(m, next, pos + 1, n);
                if (at < 0) {
                    // The placeholder runs to the end, or the cut fell inside the literal that follows it.
                    return true;
                }
                pos = at;
            }
            int visible = Math.min(next.length, n - pos);
            if (!regionIs(m, pos, n, next, visible)) {
                return false;
            }
            if (visible < next.length) {
                return true;
            }
            pos += next.length;
        }
        return true;
    }

    /** The message with each placeholder replaced by its value from {@code values}. */
    public String render(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder(literalTexts[0]);
        for (int k = 0; k < names.length; k++) {
            Object v = values.get(names[k]);
            if (v == null) {
                throw new IllegalArgumentException("no value for {" + names[k] + "} in '" + text + "'");
            }
            sb.append(v).append(literalTexts[k + 1]);
        }
        return sb.toString();
    }

    /** True when m[at, to) starts with the first {@code count} bytes of {@code lit}. */
    private static boolean regionIs(byte[] m, int at, int to, byte[] lit, int count) {
        return regionIs(m, at, to, lit, 0, count);
    }

    /** True when m[at, to) starts with the bytes lit[litFrom, litTo). */
    private static boolean regionIs(byte[] m, int at, int to, byte[] lit, int litFrom, int litTo) {
        if (to - at < litTo - litFrom) {
            return false;
        }
        for (int i = litFrom; i < litTo; i++) {
            if (m[at + i - litFrom] != lit[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code lit} (not empty) first starts in m[from, to), or -1. */
    private static int indexOf(byte[] m, byte[] lit, int from, int to) {
        byte first = lit[0];
        for (int i = from, last = to - lit.length; i <= last; i++) {
            if (m[i] == first && regionIs(m, i, to, lit, lit.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int signedDigitsEnd(byte[] m, int pos, int to) {
        int i = pos;
        if (i < to && m[i] == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < to && i - digitsStart < 12 && m[i] >= '0' && m[i] <= '9') {
            i++;
        }
        return i == digitsStart ? -1 : i;
    }

    private static long parseLong(byte[] m, int from, int to) {
        boolean negative = m[from] == '-';
        long v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (m[i] - '0');
        }
        return negative ? -v : v;
    }

    @Override
    public String toString() {
        return text;
    }
}

package dev.reclaim.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of a firmware log line with {name} placeholders, e.g. "Unable to receive key {code}". Matching is a
 * plain left-to-right scan (no regex): literals must appear exactly, {code} reads a signed decimal, any other
 * placeholder takes the text up to the next literal. Text after the template is tolerated, because another writer
 * may have run into the end of the line.
 */
public final class LineTemplate {
    /** Returned by {@link #match} when the message does not fit the template. */
    public static final long NO_MATCH = Long.MIN_VALUE;
    /** Returned by {@link #match} when it fits but has no (usable) {code}. */
    public static final long NO_CODE = Long.MIN_VALUE + 1;

    private final String text;
    private final String[] literals;
    private final String[] names;

    private LineTemplate(String text, String[] literals, String[] names) {
        this.text = text;
        this.literals = literals;
        this.names = names;
    }

    /** Parses a template; it must start with literal text so that a first-character index can find it. */
    public static LineTemplate parse(String text) {
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
        return literals[0].charAt(0);
    }

    boolean hasCode() {
        for (String n : names) {
            if (n.equals("code")) {
                return true;
            }
        }
        return false;
    }

    /** Matches a message: {@link #NO_MATCH}, {@link #NO_CODE}, or the value of {code}. */
    public long match(String message) {
        if (!message.startsWith(literals[0])) {
            return NO_MATCH;
        }
        int pos = literals[0].length();
        long code = NO_CODE;
        for (int k = 0; k < names.length; k++) {
            String next = literals[k + 1];
            if (names[k].equals("code")) {
                int end = signedDigitsEnd(message, pos);
                if (end < 0) {
                    return NO_MATCH;
                }
                long v = parseLong(message, pos, end);
                code = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v : NO_CODE;
                pos = end;
                if (!message.startsWith(next, pos)) {
                    return NO_MATCH;
                }
            } else if (next.isEmpty()) {
                if (pos >= message.length()) {
                    return NO_MATCH;
                }
                pos = message.length();
                continue;
            } else {
                int at = message.indexOf(next, pos + 1);
                if (at < 0) {
                    return NO_MATCH;
                }
                pos = at;
            }
            pos += next.length();
        }
        return code;
    }

    /**
     * True when {@code message} is the visible start of a line of this template that another record cut off: it
     * fits the template up to its last character, which falls inside a literal or a placeholder. A complete match
     * also counts. Used only for records known to be cut, never for whole ones.
     */
    boolean matchesPrefix(String message) {
        int n = message.length();
        if (n < literals[0].length()) {
            return literals[0].startsWith(message);
        }
        if (!message.startsWith(literals[0])) {
            return false;
        }
        int pos = literals[0].length();
        for (int k = 0; k < names.length; k++) {
            String next = literals[k + 1];
            if (names[k].equals("code")) {
                int end = signedDigitsEnd(message, pos);
                if (end < 0) {
                    return pos == n || pos == n - 1 && message.charAt(pos) == '-';
                }
                pos = end;
            } else {
                if (pos >= n || next.isEmpty()) {
                    return true;
                }
                int at = message.indexOf(next, pos + 1);
                if (at < 0) {
                    // The placeholder runs to the end, or the cut fell inside the literal that follows it.
                    return true;
                }
                pos = at;
            }
            int visible = Math.min(next.length(), n - pos);
            if (!next.regionMatches(0, message, pos, visible)) {
                return false;
            }
            if (visible < next.length()) {
                return true;
            }
            pos += next.length();
        }
        return true;
    }

    /** The message with each placeholder replaced by its value from {@code values}. */
    public String render(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder(literals[0]);
        for (int k = 0; k < names.length; k++) {
            Object v = values.get(names[k]);
            if (v == null) {
                throw new IllegalArgumentException("no value for {" + names[k] + "} in '" + text + "'");
            }
            sb.append(v).append(literals[k + 1]);
        }
        return sb.toString();
    }

    private static int signedDigitsEnd(String s, int pos) {
        int i = pos;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < s.length() && i - digitsStart < 12 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == digitsStart ? -1 : i;
    }

    private static long parseLong(String s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        long v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return negative ? -v : v;
    }

    @Override
    public String toString() {
        return text;
    }
}

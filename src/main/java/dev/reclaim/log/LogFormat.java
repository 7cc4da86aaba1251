package dev.reclaim.log;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One line format of formats.json, compiled: a cheap shape gate tried before the regex, and the regex's named
 * groups resolved to numbers once (Java 17 has no public API for that) so that the hot path never looks names up.
 */
public final class LogFormat {
    private final String id;
    /** The shape's characters: it is tried on nearly every record, and an array is cheaper to index than a String. */
    private final char[] shape;
    private final Pattern pattern;
    private final VersionRange firmware;
    /** The table file it comes from, where its samples are (null: none). */
    private final String resource;
    private final Map<String, Integer> groups;
    // Group numbers of the names the parser reads, resolved once: the hot path never looks a name up.
    final int millis;
    final int category;
    final int level;
    final int message;
    final int file;
    final int srcline;
    final int func;
    final int source;
    final int stamp;
    final int counter;
    final int hh;
    final int mm;
    final int ss;
    final int frac;

    /** A real line and the record fields it must yield. */
    public record Sample(String line, Map<String, Object> fields) {
    }

    LogFormat(String id, String shape, String regex, VersionRange firmware, String resource) {
        this.id = id;
        this.shape = shape.toCharArray();
        this.pattern = Pattern.compile(regex);
        this.firmware = firmware;
        this.resource = resource;
        this.groups = namedGroups(regex);
        this.millis = group("millis");
        this.category = group("category");
        this.level = group("level");
        this.message = group("message");
        this.file = group("file");
        this.srcline = group("srcline");
        this.func = group("func");
        this.source = group("source");
        this.stamp = group("stamp");
        this.counter = group("counter");
        this.hh = group("hh");
        this.mm = group("mm");
        this.ss = group("ss");
        this.frac = group("frac");
    }

    public String id() {
        return id;
    }

    public Pattern pattern() {
        return pattern;
    }

    public VersionRange firmware() {
        return firmware;
    }

    /** Its samples in the table file, read when asked: the engine never needs them (the tests do). */
    List<Sample> samples() {
        return resource == null ? List.of() : LogFormats.samplesOf(resource, id);
    }

    /** Group number of a named group, or -1 when the pattern has none of that name. */
    int group(String name) {
        return groups.getOrDefault(name, -1);
    }

    /** True when the text at {@code from} has this format's shape: d digit, L upper, l lower, else literal. */
    boolean fits(String s, int from, int to) {
        if (to - from < shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            char want = shape[i];
            char c = s.charAt(from + i);
            boolean ok = switch (want) {
                case 'd' -> c >= '0' && c <= '9';
                case 'L' -> c >= 'A' && c <= 'Z';
                case 'l' -> c >= 'a' && c <= 'z';
                default -> c == want;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Numbers the capturing groups of a regex the way java.util.regex does, remembering the named ones. */
    static Map<String, Integer> namedGroups(String regex) {
        Map<String, Integer> named = new HashMap<>();
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                    if (i + 2 < regex.length() && regex.charAt(i + 2) == '<'
                            && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3))) {
                        int close = regex.indexOf('>', i);
                        named.put(regex.substring(i + 3, close), ++count);
                    }
                } else {
                    count++;
                }
            }
        }
        return Map.copyOf(named);
    }

    @Override
    public String toString() {
        return id;
    }
}

package dev.reclaim.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The format table (formats.json): record bodies, host stamps that may precede them, and the attribute suffix.
 * Immutable and shared; each {@link RecordParser} keeps its own matchers.
 */
public final class LogFormats {
    private final List<LogFormat> bodies;
    private final List<LogFormat> prefixes;
    private final Pattern suffix;
    private final List<String> suffixMarkers;
    private final String[][] composite;
    private final Map<String, VersionRange> firmwareById = new HashMap<>();

    private static final class Holder {
        static final LogFormats STANDARD = load("formats.json");
    }

    LogFormats(List<LogFormat> bodies, List<LogFormat> prefixes, Pattern suffix, List<String> suffixMarkers) {
        this.bodies = List.copyOf(bodies);
        this.prefixes = List.copyOf(prefixes);
        this.suffix = suffix;
        this.suffixMarkers = List.copyOf(suffixMarkers);
        this.composite = new String[prefixes.size()][bodies.size()];
        for (int p = 0; p < prefixes.size(); p++) {
            for (int b = 0; b < bodies.size(); b++) {
                composite[p][b] = (prefixes.get(p).id() + "/" + bodies.get(b).id()).intern();
                firmwareById.put(composite[p][b], bodies.get(b).firmware());
            }
        }
        for (LogFormat b : bodies) {
            firmwareById.put(b.id(), b.firmware());
        }
    }

    public static LogFormats standard() {
        return Holder.STANDARD;
    }

    public List<LogFormat> bodies() {
        return bodies;
    }

    public List<LogFormat> prefixes() {
        return prefixes;
    }

    Pattern suffix() {
        return suffix;
    }

    List<String> suffixMarkers() {
        return suffixMarkers;
    }

    /** "syslog/device-os": the id of a body behind a prefix (interned, so records share it). */
    String compositeId(int prefix, int body) {
        return composite[prefix][body];
    }

    /** The Device OS versions that print records of this format id; any when unknown ("raw"). */
    VersionRange firmwareOf(String formatId) {
        return firmwareById.getOrDefault(formatId, VersionRange.ANY);
    }

    private record Spec(String id, String title, String firmware, String shape, String pattern,
                        List<LogFormat.Sample> samples) {
        LogFormat compile() {
            return new LogFormat(id.intern(), shape, pattern, VersionRange.parse(firmware), samples);
        }
    }

    private record Suffix(String about, List<String> markers, String pattern) {
    }

    private record Table(String about, List<Spec> bodies, List<Spec> prefixes, Suffix suffix) {
    }

    static LogFormats load(String resource) {
        Table t = JsonResources.read(resource, Table.class);
        List<LogFormat> bodies = new ArrayList<>();
        t.bodies().forEach(s -> bodies.add(s.compile()));
        List<LogFormat> prefixes = new ArrayList<>();
        t.prefixes().forEach(s -> prefixes.add(s.compile()));
        return new LogFormats(bodies, prefixes, Pattern.compile(t.suffix().pattern()), t.suffix().markers());
    }
}

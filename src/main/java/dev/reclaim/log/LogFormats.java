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
                // concat, not +: the first use of a string concatenation costs a cold start milliseconds of linkage
                composite[p][b] = prefixes.get(p).id().concat("/").concat(bodies.get(b).id()).intern();
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

    /** A body or a prefix: the same keys. */
    private static LogFormat format(TableObject f, String resource) {
        f.allow("id", "title", "firmware", "shape", "pattern", "samples");
        return new LogFormat(f.string("id").intern(), f.string("shape"), f.string("pattern"),
                VersionRange.parse(f.string("firmware")), resource);
    }

    static LogFormats load(String resource) {
        // The samples are for the tests (LogFormat.samples reads them): skipping them halves the text to parse.
        TableObject t = JsonResources.read(resource, JsonResources.SAMPLES)
                .allow("about", "bodies", "prefixes", "suffix");
        List<LogFormat> bodies = new ArrayList<>();
        for (TableObject f : t.objects("bodies")) {
            bodies.add(format(f, resource));
        }
        List<LogFormat> prefixes = new ArrayList<>();
        for (TableObject f : t.objects("prefixes")) {
            prefixes.add(format(f, resource));
        }
        TableObject suffix = t.object("suffix").allow("about", "markers", "pattern");
        return new LogFormats(bodies, prefixes, Pattern.compile(suffix.string("pattern")), suffix.strings("markers"));
    }

    /** The samples of format {@code id} (a body or a prefix) in the table file, read from it now. */
    static List<LogFormat.Sample> samplesOf(String resource, String id) {
        TableObject t = JsonResources.read(resource);
        List<LogFormat.Sample> found = new ArrayList<>();
        for (String part : new String[] {"bodies", "prefixes"}) {
            for (TableObject f : t.objects(part)) {
                List<TableObject> samples = id.equals(f.string("id")) ? f.objects("samples") : null;
                if (samples != null) {
                    for (TableObject s : samples) {
                        s.allow("line", "fields");
                        found.add(new LogFormat.Sample(s.string("line"), s.scalarMap("fields")));
                    }
                }
            }
        }
        return found;
    }
}

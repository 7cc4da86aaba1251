package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status-LED patterns a technician can report (led-patterns.json), each with what the firmware is doing per
 * Device OS generation. One more diagnosis input next to the log: a stock Photon/P1 on 0.7+ prints no connection
 * line, but its LED still shows how the handshake ends. Checked when loaded: unique ids, known wizards and
 * severities, and meanings whose firmware ranges do not overlap.
 */
public final class LedPatterns {
    private final Map<String, Pattern> patterns;

    private static final class Holder {
        static final LedPatterns STANDARD = load("led-patterns.json");
    }

    /** What a pattern means on one range of firmware. */
    public record Meaning(VersionRange firmware, Severity severity, String title, String state, String cause, String fix,
                   Optional<WizardId> wizard) {
    }

    /** A pattern as a person says it ("fast cyan, then 1 red blink"), with its meanings by firmware. */
    public record Pattern(String id, String says, List<Meaning> meanings) {
    }

    private LedPatterns(Map<String, Pattern> patterns) {
        this.patterns = patterns;
    }

    public static LedPatterns standard() {
        return Holder.STANDARD;
    }

    /** How a person says pattern {@code id}; the id itself when unknown. */
    public String says(String id) {
        Pattern p = patterns.get(id);
        return p == null ? id : p.says();
    }

    /** Every pattern, in the table's order. */
    public List<Pattern> all() {
        return List.copyOf(patterns.values());
    }

    /**
     * The findings for a pattern seen on firmware {@code firmware} (use {@link VersionRange#ANY} when unknown: then
     * every generation's meaning is given, each saying which Device OS it is for). Empty when the pattern does not
     * occur on that firmware.
     *
     * @throws IllegalArgumentException for an unknown pattern id, naming the known ones
     */
    public List<Finding> diagnose(String patternId, VersionRange firmware) {
        Pattern p = patterns.get(patternId);
        if (p == null) {
            throw new IllegalArgumentException("unknown LED pattern '" + patternId + "'; known: "
                    + String.join(", ", patterns.keySet()));
        }
        List<Meaning> fitting = p.meanings().stream().filter(m -> m.firmware().overlaps(firmware)).toList();
        List<Finding> out = new ArrayList<>();
        for (Meaning m : fitting) {
            String scope = fitting.size() > 1 || !m.firmware().isAny()
                    ? "On Device OS " + m.firmware().describe() + ": " : "";
            out.add(new Finding("led_" + p.id().replace('-', '_'), m.severity(), m.title(),
                    scope + "the LED shows " + p.says() + ": " + m.state() + ". " + m.cause(), m.fix(), m.wizard(),
                    new Location.Log(List.of(), 0)));
        }
        return out;
    }

    static LedPatterns load(String resource) {
        TableObject t = JsonResources.read(resource).allow("about", "patterns", "samples");
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (TableObject e : t.objects("patterns")) {
            String id = e.string("id");
            try {
                e.allow("id", "says", "meanings");
                List<TableObject> entries = e.objects("meanings");
                if (id == null || e.string("says") == null || entries == null || entries.isEmpty()) {
                    throw new IllegalArgumentException("needs 'id', 'says' and 'meanings'");
                }
                List<Meaning> meanings = new ArrayList<>();
                for (TableObject m : entries) {
                    m.allow("firmware", "severity", "title", "state", "cause", "fix", "wizard");
                    if (m.string("title") == null || m.string("state") == null || m.string("cause") == null
                            || m.string("fix") == null) {
                        throw new IllegalArgumentException("a meaning needs 'title', 'state', 'cause' and 'fix'");
                    }
                    Meaning meaning = new Meaning(VersionRange.parse(m.string("firmware")),
                            Severity.fromId(m.string("severity")), m.string("title"), m.string("state"),
                            m.string("cause"), m.string("fix"),
                            Optional.ofNullable(m.string("wizard")).map(WizardId::fromId));
                    for (Meaning other : meanings) {
                        if (other.firmware().overlaps(meaning.firmware())) {
                            throw new IllegalArgumentException("meanings for " + other.firmware() + " and "
                                    + meaning.firmware() + " overlap");
                        }
                    }
                    meanings.add(meaning);
                }
                if (patterns.put(id, new Pattern(id, e.string("says"), List.copyOf(meanings))) != null) {
                    throw new IllegalArgumentException("duplicate id");
                }
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(resource + ", pattern " + id + ": " + ex.getMessage(), ex);
            }
        }
        LedPatterns table = new LedPatterns(patterns);
        List<TableObject> samples = t.objects("samples");
        checkSamples(resource, table, samples == null ? List.of() : samples);
        return table;
    }

    /** The table's own samples must give the title they name: a typo in a range shows at load, not in the field. */
    private static void checkSamples(String resource, LedPatterns table, List<TableObject> samples) {
        for (TableObject s : samples) {
            s.allow("pattern", "firmware", "title");
            String pattern = s.string("pattern");
            String firmware = s.string("firmware");
            String title = s.string("title");
            List<Finding> f = table.diagnose(pattern, VersionRange.parse(firmware));
            if (f.size() != 1 || !f.get(0).title().equals(title)) {
                throw new IllegalArgumentException(resource + ", sample " + pattern + " on " + firmware
                        + ": expected '" + title + "', got " + f.stream().map(Finding::title).toList());
            }
        }
    }
}

package dev.reclaim.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table of firmware lines the tracker understands (handshake-lines.json), indexed for speed: only records of a
 * category related to the table's (or with none) are looked at, and only entries whose text starts with the message's
 * first character are tried. The text decides; a record's category is a hint that must not contradict the entry's:
 * a parent or child category is no contradiction (Device OS 0.6.0 prints the {@code comm.*} texts under the module
 * category {@code comm}).
 */
public final class HandshakeLines {
    private final List<HandshakeLine> lines;
    private final Map<String, HandshakeLine> byId = new HashMap<>();
    private final Map<String, String> examples;
    /**
     * Record category → the entries of a related category (or none), or {@link #UNRELATED}: a log has a handful of
     * categories, so this stays small, and a record is then only tried against entries it may be.
     */
    private final Map<String, CategoryLines> byCategory = new ConcurrentHashMap<>();
    private static final CategoryLines UNRELATED = new CategoryLines(new CategoryLines.Candidate[0][]);
    private static final int MAX_CACHED_CATEGORIES = 4096;
    private final Set<HandshakeLine> ambiguousWithoutCategory = Collections.newSetFromMap(new IdentityHashMap<>());
    @SuppressWarnings("unchecked")
    private final List<HandshakeLine>[] byFirstChar = new List[128];
    /** The entries a record without a category may be: all of them. */
    private final CategoryLines categoryless;

    private static final class Holder {
        static final HandshakeLines STANDARD = load("handshake-lines.json");
    }

    /**
     * A recognised line: the table entry, the code it reported (or null), whether it proves its generation, and
     * whether only the start of the line was visible (the record was cut by the next one).
     */
    public record Match(HandshakeLine line, Integer code, boolean isEvidence, boolean cut) {
    }

    /** {@code resource}: the table file, where the samples are (null: none). */
    HandshakeLines(List<HandshakeLine> lines, Map<String, String> examples, String resource) {
        this.resource = resource;
        this.lines = List.copyOf(lines);
        this.examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
        for (HandshakeLine l : lines) {
            if (byId.put(l.id(), l) != null) {
                throw new IllegalArgumentException("duplicate handshake line id " + l.id());
            }
            char c = l.template().firstChar();
            if (c >= 128) {
                throw new IllegalArgumentException("handshake line " + l.id() + " must start with ASCII text");
            }
            if (byFirstChar[c] == null) {
                byFirstChar[c] = new ArrayList<>();
            }
            byFirstChar[c].add(l);
        }
        // Without a category the same text can come from two protocols ("Receive key"): such a match is not evidence.
        // Grouped by text, compared by identity: a pass over all pairs hashing whole records cost 40-50 ms at start.
        Map<String, List<HandshakeLine>> byText = new HashMap<>();
        for (HandshakeLine l : lines) {
            List<HandshakeLine> same = byText.get(l.template().text());
            if (same == null) {
                same = new ArrayList<>(2);
                byText.put(l.template().text(), same);
            }
            same.add(l);
        }
        for (List<HandshakeLine> same : byText.values()) {
            for (HandshakeLine a : same) {
                for (HandshakeLine b : same) {
                    if (a != b && (a.protocol() != b.protocol() || !sameRange(a.firmware(), b.firmware()))) {
                        ambiguousWithoutCategory.add(a);
                    }
                }
            }
        }
        categoryless = linesOf(null);
    }

    private static boolean sameRange(VersionRange a, VersionRange b) {
        return a.min() == b.min() && a.max() == b.max();
    }

    /** The table shipped with Reclaim. */
    public static HandshakeLines standard() {
        return Holder.STANDARD;
    }

    List<HandshakeLine> all() {
        return lines;
    }

    /** The entry with this id, e.g. "legacy.receive-key-failed". */
    public HandshakeLine byId(String id) {
        HandshakeLine l = byId.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no handshake line '" + id + "'");
        }
        return l;
    }

    /** Example placeholder values ("code" → "-19", "ip" → ...), for rendering lines in tests. */
    Map<String, String> examples() {
        return examples;
    }

    /**
     * The entry this record is, or null. Allocates only when it matches, or for a message the parser decoded: a plain
     * record's message is matched in its line's bytes.
     */
    public Match match(LogRecord r) {
        CategoryLines lines = linesFor(r.category());
        return lines == null ? null : lines.match(r);
    }

    /**
     * The entry's own category, or the category-less form an entry was written for (pre-0.6), proves the generation;
     * a parent category or none does only when no other entry of another generation has the same text.
     */
    private boolean isEvidence(String cat, HandshakeLine l) {
        if (cat != null && cat.equals(l.category()) || l.category() == null) {
            return true;
        }
        return !ambiguousWithoutCategory.contains(l);
    }

    /**
     * The entries a record of this category (null: none) may be, to match a run of such records with; null when no
     * record of this category can be an entry of the table.
     */
    CategoryLines linesFor(String cat) {
        if (cat == null) {
            return categoryless;
        }
        CategoryLines known = byCategory.get(cat);
        if (known == null) {
            known = linesOf(cat);
            if (byCategory.size() < MAX_CACHED_CATEGORIES) {
                byCategory.put(cat, known);
            }
        }
        return known == UNRELATED ? null : known;
    }

    /** The entries of categories related to {@code cat} (null: every entry) by first character, or UNRELATED. */
    private CategoryLines linesOf(String cat) {
        CategoryLines.Candidate[][] buckets = new CategoryLines.Candidate[byFirstChar.length][];
        boolean any = false;
        for (int c = 0; c < byFirstChar.length; c++) {
            List<HandshakeLine> all = byFirstChar[c];
            CategoryLines.Candidate[] related = all == null ? new CategoryLines.Candidate[0] : all.stream()
                    .filter(l -> cat == null || related(cat, l.category()))
                    .map(l -> new CategoryLines.Candidate(l, isEvidence(cat, l)))
                    .toArray(CategoryLines.Candidate[]::new);
            buckets[c] = related.length == 0 ? null : related;
            any |= related.length > 0;
        }
        return any || cat == null ? new CategoryLines(buckets) : UNRELATED;
    }

    /** Equal, or one is a parent of the other ("comm" and "comm.protocol.handshake"); no category fits anything. */
    static boolean related(String recordCategory, String entryCategory) {
        if (entryCategory == null || recordCategory.equals(entryCategory)) {
            return true;
        }
        return isParent(recordCategory, entryCategory) || isParent(entryCategory, recordCategory);
    }

    private static boolean isParent(String parent, String child) {
        return child.length() > parent.length() && child.charAt(parent.length()) == '.' && child.startsWith(parent);
    }

    /** A recognised line a sample expects: its line number, entry id (null: not recognised), code and cut flag. */
    record Expected(long line, String id, Integer code, boolean cut) {
    }

    /** A real-shaped log excerpt of the table's file and what the tracker must make of it (HandshakeLinesTest). */
    record Sample(String about, List<String> log, int attempts, List<Expected> expect) {
    }

    private final String resource;

    /** The samples of the table's file, read from it now: the engine never needs them (HandshakeLinesTest does). */
    List<Sample> samples() {
        List<TableObject> samples = resource == null ? null : JsonResources.read(resource).objects("samples");
        List<Sample> read = new ArrayList<>();
        if (samples != null) {
            for (TableObject s : samples) {
                read.add(sample(s));
            }
        }
        return read;
    }

    static HandshakeLines load(String resource) {
        // The samples are for the tests (samples() reads them): the engine's start need not parse them.
        TableObject t = JsonResources.read(resource, JsonResources.SAMPLES)
                .allow("about", "examples", "lines", "samples");
        List<HandshakeLine> lines = new ArrayList<>();
        for (TableObject e : t.objects("lines")) {
            String id = e.string("id");
            try {
                e.allow("id", "category", "level", "protocol", "firmware", "source", "text", "event", "stage", "signal",
                        "codeFrom", "ends", "note");
                String protocol = e.string("protocol");
                String stage = e.string("stage");
                lines.add(new HandshakeLine(id, e.string("category"), Level.parse(e.string("level")),
                        protocol == null ? Protocol.UNKNOWN : Protocol.fromId(protocol),
                        VersionRange.parse(e.string("firmware")), e.string("source"),
                        LineTemplate.parse(e.string("text")), HandshakeLine.Event.fromId(e.string("event")),
                        stage == null ? null : Stage.fromId(stage), e.string("signal"),
                        HandshakeLine.CodeLayer.fromId(e.string("codeFrom")), Boolean.TRUE.equals(e.bool("ends"))));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(resource + ", line " + id + ": " + ex.getMessage(), ex);
            }
        }
        return new HandshakeLines(lines, t.stringMap("examples"), resource);
    }

    private static Sample sample(TableObject s) {
        s.allow("about", "log", "attempts", "expect");
        List<Expected> expect = new ArrayList<>();
        List<TableObject> expected = s.objects("expect");
        for (TableObject e : expected == null ? List.<TableObject>of() : expected) {
            e.allow("line", "id", "code", "cut");
            expect.add(new Expected(e.requiredLong("line"), e.string("id"), e.integer("code"), e.requiredBool("cut")));
        }
        return new Sample(s.string("about"), s.strings("log"), (int) s.requiredLong("attempts"), expect);
    }
}

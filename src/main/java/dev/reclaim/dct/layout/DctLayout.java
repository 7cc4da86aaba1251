package dev.reclaim.dct.layout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named fields of {@code application_dct_t}, read from a declarative resource (name, offset, size, codec
 * type, description, first firmware version). A field may lie wholly inside another ({@code server_address}
 * inside {@code server_public_key}); any other overlap is rejected when the layout is loaded.
 */
public final class DctLayout {
    private static final String PHOTON_P1 = "/dev/reclaim/dct/photon-p1-app-dct.json";
    private static final DctLayout PHOTON_P1_LAYOUT = load(PHOTON_P1);

    private final String platform;
    private final int size;
    private final List<Field> fields;
    private final Map<String, Field> byName = new HashMap<>();

    private DctLayout(String platform, int size, List<Field> fields) {
        this.platform = platform;
        this.size = size;
        this.fields = List.copyOf(fields);
        for (Field f : this.fields) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalArgumentException("layout names field " + f.name() + " twice");
            }
        }
        validate();
    }

    /** The Photon/P1 layout (Device OS 0.4.4 to 2.3.x). */
    public static DctLayout photonP1() {
        return PHOTON_P1_LAYOUT;
    }

    /** Reads a layout resource; throws IllegalArgumentException if it is inconsistent. */
    public static DctLayout parse(InputStream json) throws IOException {
        Resource r = new ObjectMapper().readValue(json, Resource.class);
        List<Field> sorted = new ArrayList<>(r.fields);
        sorted.sort(Comparator.comparingInt(Field::offset).thenComparing(Comparator.comparingInt(Field::size).reversed()));
        return new DctLayout(r.platform, r.size, sorted);
    }

    private static DctLayout load(String resource) {
        try (InputStream in = DctLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("layout resource " + resource + " is missing from the jar");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void validate() {
        for (int i = 0; i < fields.size(); i++) {
            Field a = fields.get(i);
            if (a.end() > size) {
                throw new IllegalArgumentException(a.name() + " ends at " + a.end() + ", past the layout size " + size);
            }
            for (int j = i + 1; j < fields.size(); j++) {
                Field b = fields.get(j);
                if (a.overlaps(b.offset(), b.end()) && !a.contains(b)) {
                    throw new IllegalArgumentException(a.name() + " and " + b.name() + " overlap");
                }
            }
        }
    }

    public String platform() {
        return platform;
    }

    /** Size of the application DCT this layout describes. */
    public int size() {
        return size;
    }

    /** All fields in offset order (an enclosing field before the fields inside it). */
    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The field called {@code name}; IllegalArgumentException listing the known names if there is none. */
    public Field field(String name) {
        Field f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("there is no DCT field \"" + name + "\"; known fields: "
                    + fields.stream().map(Field::name).collect(Collectors.joining(", ")));
        }
        return f;
    }

    /** Fields lying inside {@code outer}. */
    public List<Field> nestedIn(Field outer) {
        return fields.stream().filter(outer::contains).toList();
    }

    /**
     * How many bytes from the start of {@code f} a value may fill: the whole field, or up to the first field
     * nested inside it — so writing a server key never touches the server address stored after it.
     */
    public int writableSize(Field f) {
        return nestedIn(f).stream().mapToInt(n -> n.offset() - f.offset()).min().orElse(f.size());
    }

    /** The innermost field covering application-DCT offset {@code offset}, if any. */
    Optional<Field> fieldAt(int offset) {
        Field best = null;
        for (Field f : fields) {
            if (offset >= f.offset() && offset < f.end() && (best == null || f.size() < best.size())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private static final class Resource {
        public String platform;
        public int size;
        public List<Field> fields = List.of();
    }
}

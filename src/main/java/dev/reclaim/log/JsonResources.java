package dev.reclaim.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the log engine's data tables (resources next to this class) into {@link TableObject}s, whose loaders take
 * them apart strictly: an unknown key is a typo, not data. Jackson's streaming parser, not its data binding: binding
 * records costs a cold JVM over 100 ms of introspection, on the critical path of every {@code reclaim log analyze}.
 */
final class JsonResources {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The key of the tables' real-shaped test samples: the engine never reads them, so its start skips them. */
    static final Set<String> SAMPLES = Set.of("samples");

    private JsonResources() {
    }

    /** The whole table file. */
    static TableObject read(String name) {
        return read(name, Set.of());
    }

    /**
     * The table file with the values of the keys in {@code skipped} left unread wherever they occur (the test samples
     * the engine never uses): the key still counts as present, so it must still be one its object allows.
     */
    static TableObject read(String name, Set<String> skipped) {
        try (InputStream in = JsonResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            try (JsonParser p = FACTORY.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("resource " + name
                            + " is not valid: it must hold one JSON object");
                }
                TableObject table = object(p, name, null, null, -1, skipped);
                if (p.nextToken() != null) {
                    throw new IllegalArgumentException("resource " + name + " is not valid: text after its object at "
                            + p.currentLocation().getLineNr() + ":" + p.currentLocation().getColumnNr());
                }
                return table;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("resource " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The object whose '{' was just read: the value of {@code key} in {@code parent} (item {@code index} of it). */
    private static TableObject object(JsonParser p, String resource, TableObject parent, String key, int index,
                                      Set<String> skipped) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        TableObject o = new TableObject(resource, parent, key, index, values);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            Object value;
            if (skipped.contains(name)) {
                p.skipChildren();
                value = TableObject.SKIPPED;
            } else {
                value = value(p, v, resource, o, name, -1, skipped);
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException("resource " + resource + " is not valid: key '" + name
                        + "' twice in " + o.path());
            }
        }
        return o;
    }

    private static Object value(JsonParser p, JsonToken t, String resource, TableObject parent, String key, int index,
                                Set<String> skipped) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p, resource, parent, key, index, skipped);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(value(p, i, resource, parent, key, items.size(), skipped));
                }
                yield Collections.unmodifiableList(items);
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> TableObject.NULL;
            default -> throw new IllegalArgumentException("resource " + resource + " is not valid: unexpected " + t
                    + " at line " + p.currentLocation().getLineNr());
        };
    }
}

package dev.reclaim.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSON object of a log engine table file ({@link JsonResources}), taken apart by its loader: the loader names the
 * keys the object may have ({@link #allow}), and a key it does not name is an error that names it. A missing key and
 * a JSON null both read as null.
 */
final class TableObject {
    /** The value of a key the reader left unread ({@link JsonResources#read(String, Set)}). */
    static final Object SKIPPED = new Object();
    /** A JSON null (kept apart from a missing key only until it is read). */
    static final Object NULL = new Object();

    private final String resource;
    private final TableObject parent;
    private final String key;
    private final int index;
    private final Map<String, Object> values;

    /**
     * The value of {@code key} in {@code parent} (item {@code index} of it when that is a list, else -1); the top
     * level has neither. Where it is in the file is only spelled out for an error message: a string built per object
     * would cost every start a string concatenation's first-use linkage.
     */
    TableObject(String resource, TableObject parent, String key, int index, Map<String, Object> values) {
        this.resource = resource;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.values = values;
    }

    /** Where the object is in its file: "the top level", "rules[3]", "rules[3].when[0]". */
    String path() {
        if (key == null) {
            return "the top level";
        }
        String here = index < 0 ? key : key + "[" + index + "]";
        return parent == null || parent.key == null ? here : parent.path() + "." + here;
    }

    /** Checks that every key of the object is one of {@code keys}; returns this object. */
    TableObject allow(String... keys) {
        for (String present : values.keySet()) {
            boolean known = false;
            for (String k : keys) {
                known |= k.equals(present);
            }
            if (!known) {
                throw error("unknown key '" + present + "' in " + path() + " (known: " + String.join(", ", keys) + ")");
            }
        }
        return this;
    }

    String string(String key) {
        return typed(key, String.class, "text");
    }

    Boolean bool(String key) {
        return typed(key, Boolean.class, "true or false");
    }

    Integer integer(String key) {
        Number n = typed(key, Number.class, "a whole number");
        if (n != null && !(n instanceof Integer)) {
            throw error("'" + key + "' in " + path() + " must be a whole number that fits 32 bits, was " + n);
        }
        return (Integer) n;
    }

    /** A number the object must have (a Java primitive in the table's model). */
    long requiredLong(String key) {
        Number n = typed(key, Number.class, "a whole number");
        if (n == null || n instanceof Double || n instanceof java.math.BigInteger) {
            throw error("'" + key + "' in " + path() + " must be a whole number, was " + n);
        }
        return n.longValue();
    }

    /** A boolean the object must have (a Java primitive in the table's model). */
    boolean requiredBool(String key) {
        Boolean b = bool(key);
        if (b == null) {
            throw error("'" + key + "' in " + path() + " must be true or false, was missing or null");
        }
        return b;
    }

    TableObject object(String key) {
        return typed(key, TableObject.class, "an object");
    }

    List<TableObject> objects(String key) {
        return list(key, TableObject.class, "objects");
    }

    List<String> strings(String key) {
        return list(key, String.class, "texts");
    }

    List<Integer> integers(String key) {
        List<Number> numbers = list(key, Number.class, "whole numbers");
        if (numbers == null) {
            return null;
        }
        List<Integer> ints = new ArrayList<>(numbers.size());
        for (Number n : numbers) {
            if (!(n instanceof Integer i)) {
                throw error("'" + key + "' in " + path() + " must list whole numbers that fit 32 bits, has " + n);
            }
            ints.add(i);
        }
        return ints;
    }

    /** True when the key is there with a value other than null. */
    boolean has(String key) {
        Object v = values.get(key);
        return v != null && v != NULL;
    }

    /** The keys of the object, in the file's order. */
    Set<String> keys() {
        return values.keySet();
    }

    /** An object of texts ("code" → "-19"), in the file's order. */
    Map<String, String> stringMap(String key) {
        TableObject o = object(key);
        if (o == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : o.values.keySet()) {
            m.put(k, o.string(k));
        }
        return m;
    }

    /** An object of texts, numbers, booleans and nulls (a sample's expected fields), in the file's order. */
    Map<String, Object> scalarMap(String key) {
        TableObject o = object(key);
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : o.values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof TableObject || v instanceof List || v == SKIPPED) {
                throw error("'" + e.getKey() + "' in " + o.path() + " must be a text, a number, true, false or null");
            }
            m.put(e.getKey(), v == NULL ? null : v);
        }
        return Collections.unmodifiableMap(m);
    }

    private <T> T typed(String key, Class<T> type, String what) {
        Object v = values.get(key);
        if (v == null || v == NULL) {
            return null;
        }
        if (v == SKIPPED) {
            throw new IllegalStateException("'" + key + "' of " + resource + " was skipped when read");
        }
        if (!type.isInstance(v)) {
            throw error("'" + key + "' in " + path() + " must be " + what + ", was " + v);
        }
        return type.cast(v);
    }

    private <T> List<T> list(String key, Class<T> type, String what) {
        List<?> items = typed(key, List.class, "a list");
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!type.isInstance(item)) {
                throw error("'" + key + "' in " + path() + " must be a list of " + what + ", has " + item);
            }
            out.add(type.cast(item));
        }
        return out;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("resource " + resource + " is not valid: " + what);
    }
}

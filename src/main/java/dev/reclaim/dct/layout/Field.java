package dev.reclaim.dct.layout;

import java.util.Map;
import java.util.Objects;

/**
 * One named field of the application DCT, as the layout resource declares it.
 *
 * @param name        the firmware's field name ({@code device_private_key}; {@code server_address} for the
 *                    sub-field at 2466 inside {@code server_public_key})
 * @param offset      offset in the application DCT (add {@link DctSector#APP_DCT_OFFSET} for the sector offset)
 * @param size        size in bytes
 * @param type        codec id (see {@code dct.codec.Codecs})
 * @param description what it is, in plain words
 * @param since       first Device OS version whose layout has this field
 * @param values      for integer fields: named values, keyed by lowercase hex ("0xa5"); may be empty
 */
public record Field(String name, int offset, int size, String type, String description, String since,
        Map<String, String> values) {

    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        values = values == null ? Map.of() : Map.copyOf(values);
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException(name + ": bad offset/size " + offset + "/" + size);
        }
    }

    /** Private keys and other secrets: never shown, echoed or logged, not even a byte of them. */
    public boolean secret() {
        return type.contains("private-key") || type.equals("secret");
    }

    public int end() {
        return offset + size;
    }

    public boolean contains(Field other) {
        return other != this && other.offset >= offset && other.end() <= end();
    }

    public boolean overlaps(int from, int to) {
        return offset < to && from < end();
    }
}

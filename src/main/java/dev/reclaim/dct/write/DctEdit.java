package dev.reclaim.dct.write;

import dev.reclaim.keys.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A change to the application DCT: {@code bytes} written at application-DCT {@code offset}, on behalf of
 * {@code field}. Built by {@link DctEdits}; applied by {@link DctWriter}.
 *
 * @param field   the field name
 * @param offset  application-DCT offset of the first byte
 * @param bytes   the new bytes
 * @param summary what the edit sets, in words (never key material)
 */
public record DctEdit(String field, int offset, byte[] bytes, String summary) {

    public DctEdit {
        Objects.requireNonNull(field);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int end() {
        return offset + bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DctEdit e && e.field.equals(field) && e.offset == offset && Arrays.equals(e.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, offset, Arrays.hashCode(bytes));
    }

    /** Field, range and summary only: an edit may carry a private key, so its bytes are never printed. */
    @Override
    public String toString() {
        return field + " @" + offset + "+" + bytes.length + ": " + summary;
    }

    static String hexPreview(byte[] b) {
        return b.length <= 8 ? Hex.of(b) : Hex.of(b, 0, 8) + "… (" + b.length + " bytes)";
    }
}

package dev.reclaim.dct;

import dev.reclaim.dct.codec.Codecs;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of one application DCT ({@code application_dct_t}), from a copy in a sector or from a DFU alt-1 dump
 * (which may be shorter than the full 8391 bytes). Immutable.
 */
public final class AppDct {
    private final byte[] bytes;
    private final DctLayout layout;

    public AppDct(byte[] bytes) {
        this(bytes, DctLayout.photonP1());
    }

    public AppDct(byte[] bytes, DctLayout layout) {
        if (bytes.length > layout.size()) {
            throw new IllegalArgumentException("an application DCT has at most " + layout.size() + " bytes");
        }
        this.bytes = bytes.clone();
        this.layout = layout;
    }

    public DctLayout layout() {
        return layout;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** True if the whole structure is present. */
    public boolean isComplete() {
        return bytes.length == layout.size();
    }

    public boolean covers(Field f) {
        return f.end() <= bytes.length;
    }

    /** A copy of the field's bytes; IllegalArgumentException if the dump ends before the field does. */
    public byte[] slot(Field f) {
        if (!covers(f)) {
            throw new IllegalArgumentException(f.name() + " ends at " + f.end() + ", past this " + bytes.length + "-byte dump");
        }
        return Arrays.copyOfRange(bytes, f.offset(), f.end());
    }

    public DecodedField decode(Field f) {
        return covers(f) ? Codecs.forType(f.type()).decode(f, slot(f)) : DecodedField.absent(f);
    }

    public DecodedField decode(String fieldName) {
        return decode(layout.field(fieldName));
    }

    /** Every field of the layout, in offset order. */
    public List<DecodedField> decodeAll() {
        List<DecodedField> out = new ArrayList<>(layout.fields().size());
        for (Field f : layout.fields()) {
            out.add(decode(f));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppDct a && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "application DCT (" + bytes.length + " bytes)";
    }
}

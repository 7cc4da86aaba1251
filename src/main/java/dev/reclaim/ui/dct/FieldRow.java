package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.ui.hex.Span;

/**
 * One row of the field table: a field of the copy on show, decoded, and where its bytes are in the image.
 *
 * @param imageOffset offset of the field's first byte in the open image (what the hex view shows)
 * @param address     flash address of that byte, or -1 for an application-DCT-only dump (no addresses)
 * @param span        its overlay in the hex view
 */
public record FieldRow(DecodedField decoded, int imageOffset, long address, Span span) {
    public Field field() {
        return decoded.field();
    }

    public String name() {
        return decoded.name();
    }

    public FieldStatus status() {
        return decoded.status();
    }

    /** The value in words, never key material. */
    public String value() {
        return decoded.text();
    }
}

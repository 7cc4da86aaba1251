package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;

/** Decodes one type of field, and encodes typed values given as text (the CLI's {@code FIELD=VALUE}). */
public interface FieldCodec {

    /** Decodes the field's bytes ({@code slot.length == field.size()}). Never throws: bad bytes are INVALID. */
    DecodedField decode(Field field, byte[] slot);

    /**
     * Bytes for {@code text}, to be written from the field's first byte on; at most {@code writableSize} bytes
     * (a value never runs into a field nested inside this one).
     */
    default byte[] encode(Field field, int writableSize, String text) throws InvalidValueException {
        throw new InvalidValueException(field.name() + " has no typed value form; give hex:<digits> or blank");
    }

    /** What {@link #encode} accepts, for help texts; null if it accepts nothing. */
    default String valueSyntax() {
        return null;
    }
}

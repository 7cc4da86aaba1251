package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.nio.file.Path;

/**
 * Decodes one type of field, parses its text form into a typed {@link FieldValue} (the CLI's {@code FIELD=VALUE},
 * an editor's text) and encodes typed values into the field's bytes.
 */
public interface FieldCodec {

    /** Decodes the field's bytes ({@code slot.length == field.size()}). Never throws: bad bytes are INVALID. */
    DecodedField decode(Field field, byte[] slot);

    /** The typed value {@code text} means for this field; the exception says what is wrong with it. */
    default FieldValue parse(Field field, String text) throws InvalidValueException {
        throw new InvalidValueException(field.name() + " has no typed value form; give hex:<digits> or blank");
    }

    /**
     * Bytes for {@code value}, to be written from the field's first byte on; at most {@code writableSize} bytes
     * (a value never runs into a field nested inside this one). A value of a kind the field does not hold is an
     * IllegalArgumentException.
     */
    default byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        throw FieldValue.wrongKind(field, value);
    }

    /** Bytes for {@code text}: {@link #parse} then {@link #encode(Field, int, FieldValue)}. */
    default byte[] encode(Field field, int writableSize, String text) throws InvalidValueException {
        return encode(field, writableSize, parse(field, text));
    }

    /** The key in a DER or PEM file as this field's value; fields that hold no importable key refuse. */
    default FieldValue readKeyFile(Field field, Path file) throws InvalidValueException {
        throw new InvalidValueException(field.name() + " takes no key file; give hex:<digits> or blank");
    }

    /** What {@link #parse} accepts, for help texts and prompts; null if it accepts nothing. */
    default String valueSyntax() {
        return null;
    }
}

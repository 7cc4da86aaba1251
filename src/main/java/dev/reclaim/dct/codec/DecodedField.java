package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.util.Optional;

/**
 * One field decoded from an application DCT.
 * <p>
 * {@link #value()} is safe to print and to serialise (JSON): a string, number, boolean, or one of the records of
 * this package ({@link ServerAddress}, {@link KeySummary}, {@link ProductStore}). It never holds private key
 * material. {@link #parsed(Class)} gives the typed object behind it (an {@code RsaPrivateKey},
 * {@code RsaPublicKey}, {@link ServerAddress}) for checks and editors.
 */
public final class DecodedField {
    private final Field field;
    private final FieldStatus status;
    private final Object value;
    private final String text;
    private final String problem;
    private final Object parsed;

    private DecodedField(Field field, FieldStatus status, Object value, String text, String problem, Object parsed) {
        this.field = field;
        this.status = status;
        this.value = value;
        this.text = text;
        this.problem = problem;
        this.parsed = parsed;
    }

    public static DecodedField ok(Field field, Object value, String text) {
        return new DecodedField(field, FieldStatus.OK, value, text, null, value);
    }

    public static DecodedField blank(Field field, Object value, String text) {
        return new DecodedField(field, FieldStatus.BLANK, value, text, null, value);
    }

    /** Bytes that do not decode; {@code problem} says why in plain words. */
    public static DecodedField invalid(Field field, String problem) {
        return invalid(field, problem, null);
    }

    /** Invalid bytes that still have a printable reading (an invalid server address has a type byte). */
    public static DecodedField invalid(Field field, String problem, Object value) {
        return new DecodedField(field, FieldStatus.INVALID, value, "invalid: " + problem, problem, value);
    }

    public static DecodedField absent(Field field) {
        return new DecodedField(field, FieldStatus.ABSENT, null, "(not in this file)", null, null);
    }

    /** The same field with a typed object behind its printable value. */
    public DecodedField withParsed(Object typed) {
        return new DecodedField(field, status, value, text, problem, typed);
    }

    public Field field() {
        return field;
    }

    public String name() {
        return field.name();
    }

    public FieldStatus status() {
        return status;
    }

    /** Printable, JSON-serialisable value; null when blank without meaning, invalid or absent. */
    public Object value() {
        return value;
    }

    /** The value in words for a table cell. */
    public String text() {
        return text;
    }

    /** Why the field is invalid; null otherwise. */
    public String problem() {
        return problem;
    }

    /** The typed object behind the value, if it is of {@code type}. */
    public <T> Optional<T> parsed(Class<T> type) {
        return type.isInstance(parsed) ? Optional.of(type.cast(parsed)) : Optional.empty();
    }

    @Override
    public String toString() {
        return field.name() + " [" + status.id() + "] " + text;
    }
}

package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;

/** product_store: 16-bit little-endian slots; [0] product ID, [1] product version, the rest reserved. */
final class ProductStoreCodec implements FieldCodec {
    private static final int ERASED = 0xFFFF;

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        int id = Bytes.u16(slot, 0);
        int version = Bytes.u16(slot, 2);
        ProductStore value = new ProductStore(id == ERASED ? null : id, version == ERASED ? null : version);
        String text = "product ID " + (value.productId() == null ? "not set" : value.productId()) + ", version "
                + (value.productVersion() == null ? "not set" : value.productVersion());
        return Bytes.isErased(slot, 0, slot.length) ? DecodedField.blank(field, value, "(blank)")
                : DecodedField.ok(field, value, text);
    }

    /** {@code ID} or {@code ID:VERSION}; writes only the first two slots and leaves the reserved ones alone. */
    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 2) {
            throw new InvalidValueException(field.name() + " is PRODUCT_ID or PRODUCT_ID:VERSION, not \"" + text + "\"");
        }
        return new FieldValue.Product(number(field, parts[0], "product ID"),
                parts.length == 2 ? number(field, parts[1], "product version") : null);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.Product p)) {
            throw FieldValue.wrongKind(field, value);
        }
        byte[] out = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        Bytes.putU16(out, 0, number(field, String.valueOf(p.productId()), "product ID"));
        if (p.version() != null) {
            Bytes.putU16(out, 2, number(field, String.valueOf(p.version()), "product version"));
        }
        return out;
    }

    @Override
    public String valueSyntax() {
        return "PRODUCT_ID or PRODUCT_ID:VERSION";
    }

    private static int number(Field field, String s, String what) throws InvalidValueException {
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= 0 && v < ERASED) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException(field.name() + ": the " + what + " must be a number from 0 to 65534, not \"" + s + "\"");
    }
}

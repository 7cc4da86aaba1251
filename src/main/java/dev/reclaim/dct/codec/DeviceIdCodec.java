package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.Hex;

/** The 12-byte device ID, shown as 24 lowercase hex digits like Particle's tools. */
final class DeviceIdCodec implements FieldCodec {
    static final int LENGTH = 12;

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (Bytes.isErased(slot, 0, LENGTH)) {
            return DecodedField.blank(field, null, "(blank; the firmware fills it in from the chip's unique ID)");
        }
        String id = Hex.of(slot, 0, LENGTH);
        return DecodedField.ok(field, id, id);
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return new FieldValue.DeviceId(Hex.of(bytes(field, text)));
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.DeviceId id)) {
            throw FieldValue.wrongKind(field, value);
        }
        return bytes(field, id.hex());
    }

    private static byte[] bytes(Field field, String text) throws InvalidValueException {
        String digits = text.strip();
        if (!digits.matches("[0-9a-fA-F]{24}")) {
            throw new InvalidValueException(field.name() + " is 24 hex digits (12 bytes), for example "
                    + "0123456789abcdef01234567; \"" + text + "\" is not");
        }
        return Hex.parse(digits);
    }

    @Override
    public String valueSyntax() {
        return "24 hex digits";
    }
}

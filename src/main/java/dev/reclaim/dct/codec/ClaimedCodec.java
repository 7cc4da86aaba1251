package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.util.Locale;

/** The claimed flag: 1 yes; 0 or 0xFF (erased) no. */
final class ClaimedCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        int b = slot[0] & 0xFF;
        return switch (b) {
            case 1 -> DecodedField.ok(field, true, "yes");
            case 0 -> DecodedField.ok(field, false, "no");
            case 0xFF -> DecodedField.blank(field, false, "no (blank)");
            default -> DecodedField.invalid(field, String.format("0x%02x is neither 1 (claimed) nor 0/0xff (not claimed)", b));
        };
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> new FieldValue.Claimed(true);
            case "false", "no", "0" -> new FieldValue.Claimed(false);
            default -> throw new InvalidValueException(field.name() + " is true or false, not \"" + text + "\"");
        };
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) {
        if (!(value instanceof FieldValue.Claimed c)) {
            throw FieldValue.wrongKind(field, value);
        }
        return new byte[] {(byte) (c.claimed() ? 1 : 0)};
    }

    @Override
    public String valueSyntax() {
        return "true or false";
    }
}

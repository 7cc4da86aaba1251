package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Text whose first byte is its length (ssid_prefix). 0xFF in the length byte means blank. */
final class LengthPrefixedTextCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        int length = slot[0] & 0xFF;
        if (length == 0xFF || length == 0) {
            return DecodedField.blank(field, "", "(blank)");
        }
        if (length > slot.length - 1) {
            return DecodedField.invalid(field, "the length byte says " + length + " but the field holds at most "
                    + (slot.length - 1) + " characters");
        }
        for (int i = 1; i <= length; i++) {
            if (!TextCodec.isPrintable(slot[i])) {
                return DecodedField.invalid(field, String.format("byte %d is 0x%02x, not printable text", i, slot[i] & 0xFF));
            }
        }
        String text = new String(slot, 1, length, StandardCharsets.US_ASCII);
        return DecodedField.ok(field, text, text);
    }

    @Override
    public FieldValue parse(Field field, String text) {
        return new FieldValue.Text(text);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        String text = TextCodec.text(field, value);
        byte[] chars = TextCodec.printable(field, text);
        if (chars.length > writableSize - 1) {
            throw new InvalidValueException(field.name() + " holds at most " + (writableSize - 1) + " characters; \""
                    + text + "\" has " + chars.length);
        }
        byte[] out = new byte[writableSize];
        Arrays.fill(out, (byte) 0xFF);
        out[0] = (byte) chars.length;
        System.arraycopy(chars, 0, out, 1, chars.length);
        return out;
    }

    @Override
    public String valueSyntax() {
        return "printable ASCII text";
    }
}

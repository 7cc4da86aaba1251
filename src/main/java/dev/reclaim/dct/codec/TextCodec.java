package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ASCII text ended by NUL or erased flash (claim code, country code, version string). Written as the text, NUL
 * padded; an empty value erases the field (0xFF).
 */
final class TextCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        int end = 0;
        while (end < slot.length && slot[end] != 0 && slot[end] != (byte) 0xFF) {
            end++;
        }
        if (end == 0) {
            return DecodedField.blank(field, "", "(blank)");
        }
        for (int i = 0; i < end; i++) {
            if (!isPrintable(slot[i])) {
                return DecodedField.invalid(field, String.format("byte %d is 0x%02x, not printable text", i, slot[i] & 0xFF));
            }
        }
        String text = new String(slot, 0, end, StandardCharsets.US_ASCII);
        return DecodedField.ok(field, text, text);
    }

    @Override
    public FieldValue parse(Field field, String text) {
        return new FieldValue.Text(text);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        String text = text(field, value);
        if (text.isEmpty()) {
            byte[] blank = new byte[writableSize];
            Arrays.fill(blank, (byte) 0xFF);
            return blank;
        }
        byte[] chars = printable(field, text);
        if (chars.length > writableSize) {
            throw new InvalidValueException(field.name() + " holds at most " + writableSize + " characters; \""
                    + text + "\" has " + chars.length);
        }
        return Arrays.copyOf(chars, writableSize); // NUL padded
    }

    @Override
    public String valueSyntax() {
        return "printable ASCII text (empty to erase)";
    }

    static String text(Field field, FieldValue value) {
        if (!(value instanceof FieldValue.Text t)) {
            throw FieldValue.wrongKind(field, value);
        }
        return t.text();
    }

    static boolean isPrintable(byte b) {
        return b >= 0x20 && b <= 0x7E;
    }

    static byte[] printable(Field field, String text) throws InvalidValueException {
        byte[] chars = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new InvalidValueException(field.name() + " takes printable ASCII only; character " + (i + 1)
                        + " of \"" + text + "\" is not");
            }
        }
        return chars;
    }
}

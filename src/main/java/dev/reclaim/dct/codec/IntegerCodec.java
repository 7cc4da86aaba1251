package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;
import java.util.Locale;
import java.util.Map;

/** Little-endian unsigned integers of 1, 2 or 4 bytes, with the named values the layout gives. */
final class IntegerCodec implements FieldCodec {
    private final int width;

    IntegerCodec(int width) {
        this.width = width;
    }

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        long v = read(slot);
        String name = field.values().get(hexKey(v));
        boolean erased = Bytes.isErased(slot, 0, width);
        String hex = String.format("0x%0" + (2 * width) + "X", v);
        String text = name != null ? hex + " (" + name + ")" : erased ? hex + " (blank)" : hex + " = " + v;
        return erased ? DecodedField.blank(field, v, text) : DecodedField.ok(field, v, text);
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        long v = number(field, text.strip());
        checkRange(field, v, text);
        return new FieldValue.Number(v);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.Number n)) {
            throw FieldValue.wrongKind(field, value);
        }
        long v = n.value();
        checkRange(field, v, String.valueOf(v));
        byte[] b = new byte[width];
        for (int i = 0; i < width; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    @Override
    public String valueSyntax() {
        return "a number (decimal or 0x hex)";
    }

    private void checkRange(Field field, long v, String given) throws InvalidValueException {
        long max = width == 4 ? 0xFFFF_FFFFL : (1L << (8 * width)) - 1;
        if (v < 0 || v > max) {
            throw new InvalidValueException(field.name() + " holds " + width + " byte(s): " + given
                    + " is outside 0.." + max);
        }
    }

    private long read(byte[] slot) {
        return width == 1 ? slot[0] & 0xFF : width == 2 ? Bytes.u16(slot, 0) : Bytes.u32(slot, 0);
    }

    private static long number(Field field, String text) throws InvalidValueException {
        for (Map.Entry<String, String> named : field.values().entrySet()) {
            if (named.getValue().equalsIgnoreCase(text)) {
                return Long.decode(named.getKey());
            }
        }
        try {
            return Long.decode(text);
        } catch (NumberFormatException e) {
            String names = field.values().isEmpty() ? "" : " or one of " + field.values().values();
            throw new InvalidValueException(field.name() + " needs a number (decimal or 0x hex)" + names
                    + ", not \"" + text + "\"");
        }
    }

    private static String hexKey(long v) {
        return "0x" + Long.toHexString(v).toLowerCase(Locale.ROOT);
    }
}

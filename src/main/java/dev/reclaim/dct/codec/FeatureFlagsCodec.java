package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;
import java.util.Locale;

/**
 * {@code feature_flags} (u32, little-endian) bit by bit, as Device OS reads it (dct-layout-and-handshake.md §0):
 * erased flash (all ones) is the normal state, so a bit's meaning depends on its polarity. Bit 0
 * FEATURE_FLAG_RESET_INFO: 1 = on. Bit 1 FEATURE_FLAG_LED_OVERRIDDEN (read from 1.5.4 / 2.0): <b>0</b> = the
 * application overrides the status LED, 1 = normal. No other bit is read.
 * <p>
 * Text forms: a number (decimal or 0x hex), or flag settings such as {@code reset-info=off,led-overridden=no};
 * bits not named keep the erased state (1), so the firmware's defaults hold for them.
 */
final class FeatureFlagsCodec implements FieldCodec {
    static final long RESET_INFO = 1L;
    static final long LED_OVERRIDDEN_CLEAR = 1L << 1;
    private static final long USED = RESET_INFO | LED_OVERRIDDEN_CLEAR;
    private static final long ERASED = 0xFFFF_FFFFL;

    private final IntegerCodec number = new IntegerCodec(4);

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        long v = Bytes.u32(slot, 0);
        boolean erased = v == ERASED;
        String text = String.format("0x%08X%s: %s", v, erased ? " (blank)" : "", describe(v));
        return erased ? DecodedField.blank(field, v, text) : DecodedField.ok(field, v, text);
    }

    /** The bits in words: "reset info on; status LED normal", and any unused bit that is cleared. */
    static String describe(long v) {
        String resetInfo = (v & RESET_INFO) != 0 ? "reset info on" : "reset info off";
        String led = (v & LED_OVERRIDDEN_CLEAR) != 0 ? "status LED normal"
                : "status LED overridden by the application (read from 1.5.4 / 2.0)";
        long unusedCleared = ~v & ERASED & ~USED;
        String unused = unusedCleared == 0 ? ""
                : String.format("; unused bits cleared (0x%08X), ignored by the firmware", unusedCleared);
        return resetInfo + "; " + led + unused;
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        String t = text.strip();
        if (!t.contains("=")) {
            return number.parse(field, t);
        }
        long v = ERASED;
        for (String part : t.split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2) {
                throw syntax(field, text);
            }
            String name = kv[0].strip().toLowerCase(Locale.ROOT);
            String value = kv[1].strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "reset-info" -> v = with(v, RESET_INFO, onOff(field, name, value, "on", "off"));
                // Inverted in flash: a cleared bit 1 means overridden.
                case "led-overridden" -> v = with(v, LED_OVERRIDDEN_CLEAR, !onOff(field, name, value, "yes", "no"));
                default -> throw new InvalidValueException(field.name() + " has the flags reset-info and"
                        + " led-overridden, not \"" + kv[0].strip() + "\"");
            }
        }
        return new FieldValue.Number(v);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        return number.encode(field, writableSize, value);
    }

    @Override
    public String valueSyntax() {
        return "reset-info=on|off,led-overridden=yes|no (flags not named stay as erased: on, no), or a number";
    }

    private static long with(long v, long bit, boolean set) {
        return set ? v | bit : v & ~bit;
    }

    private static boolean onOff(Field field, String name, String value, String yes, String no)
            throws InvalidValueException {
        if (value.equals(yes) || value.equals("true") || value.equals("1")) {
            return true;
        }
        if (value.equals(no) || value.equals("false") || value.equals("0")) {
            return false;
        }
        throw new InvalidValueException(field.name() + ": " + name + " is " + yes + " or " + no + ", not \""
                + value + "\"");
    }

    private static InvalidValueException syntax(Field field, String text) {
        return new InvalidValueException(field.name() + " takes reset-info=on|off,led-overridden=yes|no or a number,"
                + " not \"" + text + "\"");
    }
}

package dev.reclaim.keys;

import java.util.HexFormat;

/** Lowercase hex, the way Particle prints device IDs and the way fingerprints are shown. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    public static String of(byte[] bytes, int offset, int length) {
        return LOWER.formatHex(bytes, offset, offset + length);
    }

    /** Parses hex digits, ignoring spaces, colons and a leading "0x"; throws IllegalArgumentException on bad input. */
    public static byte[] parse(String text) {
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        digits = digits.replaceAll("[\\s:]", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of hex digits (" + digits.length() + ")");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' is not a hex digit");
            }
        }
        return LOWER.parseHex(digits);
    }
}

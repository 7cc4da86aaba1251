package dev.reclaim.ui.hex;

/** The text of one byte in the hex and ASCII columns; secret bytes (private keys) are masked, never drawn. */
public final class HexCells {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private HexCells() {
    }

    public static String hex(int b, boolean secret) {
        return secret ? "••" : new String(new char[] {HEX[(b >> 4) & 15], HEX[b & 15]});
    }

    public static String ascii(int b, boolean secret) {
        return secret ? "•" : String.valueOf(b >= 0x20 && b < 0x7F ? (char) b : '·');
    }
}

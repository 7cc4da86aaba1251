package dev.reclaim.log;

import java.nio.charset.StandardCharsets;

/**
 * Bytes of one line to text. Pure ASCII (the normal case) is copied without a decoder. Invalid UTF-8 becomes U+FFFD;
 * NUL bytes (line noise at reset, padding) are dropped; ANSI colour sequences are removed; other control characters
 * become U+FFFD so they cannot upset a terminal. Works on whole lines only, so chunk boundaries cannot change it.
 */
final class TextDecoder {
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    private byte[] scratch = new byte[256];

    /** Decodes a line; {@code byteClasses} must include every {@link ByteClass} bit of its bytes. */
    String decode(byte[] b, int off, int len, int byteClasses) {
        if ((byteClasses & ByteClass.CONTROL) == 0) {
            boolean ascii = (byteClasses & ByteClass.NON_ASCII) == 0;
            return new String(b, off, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        return cleaned(b, off, len);
    }

    private String cleaned(byte[] b, int off, int len) {
        if (scratch.length < len * 3) {
            scratch = new byte[len * 3];
        }
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == 0) {
                continue;
            }
            if (c == 0x1B && i + 1 < end && b[i + 1] == '[') {
                int k = i + 2;
                while (k < end && b[k] >= 0x20 && b[k] <= 0x3F) {
                    k++;
                }
                if (k < end && b[k] >= 0x40 && b[k] <= 0x7E) {
                    i = k;
                    continue;
                }
            }
            if (c >= 0 && c < 0x20 && c != '\t') {
                System.arraycopy(REPLACEMENT, 0, scratch, n, REPLACEMENT.length);
                n += REPLACEMENT.length;
            } else {
                scratch[n++] = c;
            }
        }
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }
}

package dev.reclaim.keys;

/**
 * Just enough DER to find where the first object in a byte slot ends. Key slots in the DCT hold a DER object
 * followed by erased flash (0xFF) or other data, so parsers must know the object's own length.
 */
final class Der {
    static final int SEQUENCE = 0x30;

    private Der() {
    }

    /** Total length (tag + length + content) of the TLV at {@code offset}, or -1 if it does not fit in {@code b}. */
    static int objectLength(byte[] b, int offset) {
        if (offset + 2 > b.length || (b[offset] & 0x1F) == 0x1F) {
            return -1; // high-tag-number form never occurs in keys
        }
        int first = b[offset + 1] & 0xFF;
        int header = 2;
        long contentLength;
        if (first < 0x80) {
            contentLength = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 4 || offset + 2 + count > b.length) {
                return -1; // indefinite length (BER only) or absurd
            }
            contentLength = 0;
            for (int i = 0; i < count; i++) {
                contentLength = (contentLength << 8) | (b[offset + 2 + i] & 0xFF);
            }
            header += count;
        }
        long total = header + contentLength;
        return offset + total <= b.length ? (int) total : -1;
    }

    /** The first DER SEQUENCE in {@code b}, or an exception that says why there is none. */
    static byte[] firstSequence(byte[] b, String what) throws KeyFormatException {
        if (b.length == 0) {
            throw new KeyFormatException(what + " is empty");
        }
        if ((b[0] & 0xFF) != SEQUENCE) {
            throw new KeyFormatException(what + " is not DER: it should start with 0x30, found 0x"
                    + String.format("%02x", b[0] & 0xFF));
        }
        int length = objectLength(b, 0);
        if (length < 0) {
            throw new KeyFormatException(what + " is not DER: its length runs past the end of the data");
        }
        byte[] der = new byte[length];
        System.arraycopy(b, 0, der, 0, length);
        return der;
    }
}

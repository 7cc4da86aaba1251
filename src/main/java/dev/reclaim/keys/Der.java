package dev.reclaim.keys;

/**
 * Just enough BER/DER to find where an object in a byte slot starts and ends. Key slots in the DCT hold a key
 * followed by erased flash (0xFF) or other data, so parsers must know the object's own length. Definite lengths
 * only, in short or long form; a long form with more bytes than needed is accepted (BER allows it).
 */
final class Der {
    static final int SEQUENCE = 0x30;
    static final int INTEGER = 0x02;

    private Der() {
    }

    /** One tag-length-value: where it starts, how long its header is, how long its content is. */
    record Tlv(int tag, int offset, int headerLength, int contentLength) {
        int contentOffset() {
            return offset + headerLength;
        }

        int end() {
            return offset + headerLength + contentLength;
        }
    }

    /** The TLV at {@code offset} if it lies entirely before {@code limit}; null otherwise. */
    static Tlv at(byte[] b, int offset, int limit) {
        if (offset + 2 > limit || (b[offset] & 0x1F) == 0x1F) {
            return null; // high-tag-number form never occurs in keys
        }
        int first = b[offset + 1] & 0xFF;
        int header = 2;
        long contentLength;
        if (first < 0x80) {
            contentLength = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 4 || offset + 2 + count > limit) {
                return null; // indefinite length or absurd
            }
            contentLength = 0;
            for (int i = 0; i < count; i++) {
                contentLength = (contentLength << 8) | (b[offset + 2 + i] & 0xFF);
            }
            header += count;
        }
        if (offset + header + contentLength > limit) {
            return null;
        }
        return new Tlv(b[offset] & 0xFF, offset, header, (int) contentLength);
    }

    /** Total length (tag + length + content) of the TLV at {@code offset}, or -1 if it does not fit in {@code b}. */
    static int objectLength(byte[] b, int offset) {
        Tlv t = at(b, offset, b.length);
        return t == null ? -1 : t.headerLength() + t.contentLength();
    }

    /** The first SEQUENCE in {@code b}, or an exception that says why there is none (with the byte found). */
    static byte[] firstSequence(byte[] b, String what) throws KeyFormatException {
        return firstSequence(b, what, false);
    }

    /** {@link #firstSequence(byte[], String)} for a private key: the reason never shows a byte of it. */
    static byte[] firstSequenceOfSecret(byte[] b, String what) throws KeyFormatException {
        return firstSequence(b, what, true);
    }

    private static byte[] firstSequence(byte[] b, String what, boolean secret) throws KeyFormatException {
        if (b.length == 0) {
            throw new KeyFormatException(what + " is empty");
        }
        if ((b[0] & 0xFF) != SEQUENCE) {
            throw new KeyFormatException(what + " is not DER: it should start with 0x30" + (secret ? ""
                    : ", found 0x" + String.format("%02x", b[0] & 0xFF)));
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

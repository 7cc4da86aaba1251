package dev.reclaim.log;

/** What each byte value means to the line splitter and decoder: one table lookup per byte, no branches on ranges. */
final class ByteClass {
    static final int END_OF_LINE = 1;
    static final int NON_ASCII = 2;
    static final int CONTROL = 4;

    private static final byte[] CLASS = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            int k = 0;
            if (b == '\n' || b == '\r') {
                k = END_OF_LINE;
            } else if (b >= 0x80) {
                k = NON_ASCII;
            } else if (b < 0x20 && b != '\t') {
                k = CONTROL;
            }
            CLASS[b] = (byte) k;
        }
    }

    private ByteClass() {
    }

    static int of(byte b) {
        return CLASS[b & 0xFF];
    }
}

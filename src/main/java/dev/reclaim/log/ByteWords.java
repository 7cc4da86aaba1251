package dev.reclaim.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a byte array read as one little-endian word (the first byte in the lowest lane): the log engine's
 * byte scans test or compare a word at a time where most bytes need no look of their own.
 */
final class ByteWords {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {
    }

    /** The word of b[at, at + 8); at + 8 must not pass the array's end. */
    static long at(byte[] b, int at) {
        return (long) WORDS.get(b, at);
    }
}

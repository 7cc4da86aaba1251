package dev.reclaim.ui.hex;

/**
 * Bytes the hex view shows: a file, what was read from a device, or memory. Offsets are 0-based; the base address
 * is where offset 0 lives on the device (0x08004000 for a DCT dump), used only for the address column.
 */
public interface ByteSource {
    int size();

    /** The byte at {@code offset} as 0..255. */
    int get(int offset);

    long baseAddress();

    /** A copy of {@code length} bytes from {@code offset}. */
    default byte[] copy(int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) get(offset + i);
        }
        return out;
    }
}

package dev.reclaim.ui.hex;

import java.util.Arrays;

/** One run of bytes overwritten at an offset, with what was there before so it can be undone. */
public record ByteWrite(int offset, byte[] before, byte[] after) {
    public ByteWrite {
        if (before.length != after.length) {
            throw new IllegalArgumentException("before and after differ in length");
        }
        before = before.clone();
        after = after.clone();
    }

    @Override
    public byte[] before() {
        return before.clone();
    }

    @Override
    public byte[] after() {
        return after.clone();
    }

    void apply(ByteDocument doc) {
        doc.write(offset, after);
    }

    void revert(ByteDocument doc) {
        doc.write(offset, before);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteWrite w && w.offset == offset && Arrays.equals(w.before, before)
                && Arrays.equals(w.after, after);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * offset + Arrays.hashCode(before)) + Arrays.hashCode(after);
    }

    @Override
    public String toString() {
        return "ByteWrite[offset=" + offset + ", length=" + after.length + "]";
    }
}

package dev.reclaim.ui.hex;

import java.util.ArrayList;
import java.util.List;

/**
 * One undoable user action: a byte typed in the hex view, or a field edit, which is a group of byte writes
 * (a server address edit touches the type, length, name and port bytes at once).
 */
public record EditGroup(String name, List<ByteWrite> writes) {
    public EditGroup {
        writes = List.copyOf(writes);
    }

    /** The writes that turn {@code before} into {@code after} (same length), one per run of changed bytes. */
    public static EditGroup diff(String name, byte[] before, byte[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("An edit cannot change the image size (" + before.length + " → "
                    + after.length + " bytes)");
        }
        List<ByteWrite> writes = new ArrayList<>();
        int i = 0;
        while (i < before.length) {
            if (before[i] == after[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < before.length && before[i] != after[i]) {
                i++;
            }
            writes.add(new ByteWrite(start, slice(before, start, i), slice(after, start, i)));
        }
        return new EditGroup(name, writes);
    }

    public boolean isEmpty() {
        return writes.isEmpty();
    }

    private static byte[] slice(byte[] a, int from, int to) {
        return java.util.Arrays.copyOfRange(a, from, to);
    }
}

package dev.reclaim.ui.hex;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An editable byte image in memory with the bytes it had when last loaded or saved, so the view can mark what
 * changed. Editors change it through an {@link EditHistory}, which makes every change undoable.
 */
public final class ByteDocument implements ByteSource {
    /** Told which byte range changed, inclusive-exclusive. */
    @FunctionalInterface
    public interface ChangeListener {
        void changed(int from, int to);
    }

    private final byte[] bytes;
    private byte[] baseline;
    private final long baseAddress;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    public ByteDocument(byte[] contents, long baseAddress) {
        this.bytes = contents.clone();
        this.baseline = contents.clone();
        this.baseAddress = baseAddress;
    }

    @Override
    public int size() {
        return bytes.length;
    }

    @Override
    public int get(int offset) {
        return bytes[offset] & 0xFF;
    }

    @Override
    public long baseAddress() {
        return baseAddress;
    }

    @Override
    public byte[] copy(int offset, int length) {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** The whole image as it is now. */
    public byte[] contents() {
        return bytes.clone();
    }

    /** The image as it was loaded or last saved. */
    public byte[] baseline() {
        return baseline.clone();
    }

    /** True when the byte differs from the loaded or last saved image. */
    public boolean isModified(int offset) {
        return bytes[offset] != baseline[offset];
    }

    /** Makes the current bytes the new baseline (after a save). */
    public void markSaved() {
        baseline = bytes.clone();
        fire(0, bytes.length);
    }

    public void addListener(ChangeListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(ChangeListener l) {
        listeners.remove(l);
    }

    /** Overwrites bytes in place. Package-private: edits go through {@link EditHistory}. */
    void write(int offset, byte[] data) {
        Objects.checkFromIndexSize(offset, data.length, bytes.length);
        System.arraycopy(data, 0, bytes, offset, data.length);
        fire(offset, offset + data.length);
    }

    private void fire(int from, int to) {
        for (ChangeListener l : listeners) {
            l.changed(from, to);
        }
    }
}

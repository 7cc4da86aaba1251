package dev.reclaim.log;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only view of the first {@code size} slots of an append-only array. The owner only ever writes slots beyond
 * every view it handed out (and grows by copying), so a view never changes: snapshots share the array instead of
 * copying it on every update.
 */
final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final T[] items;
    private final int size;

    FrozenList(T[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }
}

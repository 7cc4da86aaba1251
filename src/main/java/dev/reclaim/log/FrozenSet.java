package dev.reclaim.log;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A read-only set of the first {@code size} slots of an append-only array of distinct items, in the order they were
 * added, like {@link FrozenList}: snapshots of an attempt share its signal array instead of copying a hash set on
 * every new signal. Meant for a handful of items (an attempt has a few signals): {@code contains} scans them.
 */
final class FrozenSet<T> extends AbstractSet<T> {
    private final T[] items;
    private final int size;

    FrozenSet(T[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** True when one of the first {@code size} items of {@code items} equals {@code o}. */
    static boolean containsIn(Object[] items, int size, Object o) {
        for (int i = 0; i < size; i++) {
            if (items[i] == o || items[i].equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean contains(Object o) {
        return o != null && containsIn(items, size, o);
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return items[next++];
            }
        };
    }

    @Override
    public int size() {
        return size;
    }
}

package dev.reclaim.log;

/**
 * The number of a block's first line, which is known only once every block before it has been split: the blocks of
 * a whole log are split on several threads at once, and their records are numbered from 0 within their block until
 * the thread that hands them on in log order sets this (before it hands on the first of them).
 */
final class LineBase {
    private long first = -1;

    long first() {
        return first;
    }

    void set(long first) {
        this.first = first;
    }
}

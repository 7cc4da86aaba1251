package dev.reclaim.flash.stlink;

import java.util.ArrayList;
import java.util.List;

/**
 * One memory transfer the probe can do in a single command: 32-bit ({@code words}) or 8-bit, within the adapter's
 * limits and never across a 4 KiB TAR auto-increment boundary.
 */
record Span(long address, int length, boolean words) {

    /**
     * Splits a range into 8-bit transfers for the unaligned head and tail and 32-bit transfers (≤ 6144 bytes) for
     * the aligned middle, the way a 32-bit-only adapter firmware needs it.
     */
    static List<Span> split(long address, int length, int maxByteTransfer) {
        List<Span> spans = new ArrayList<>();
        int head = (int) Math.min(length, (4 - address % 4) % 4);
        int middle = (length - head) & ~3;
        int tail = length - head - middle;
        add(spans, address, head, false, maxByteTransfer);
        add(spans, address + head, middle, true, StLink.MAX_WORD_TRANSFER);
        add(spans, address + head + middle, tail, false, maxByteTransfer);
        return spans;
    }

    /** Only 8-bit transfers, for memory that must be written a byte at a time. */
    static List<Span> bytes(long address, int length, int maxByteTransfer) {
        List<Span> spans = new ArrayList<>();
        add(spans, address, length, false, maxByteTransfer);
        return spans;
    }

    private static void add(List<Span> spans, long address, int length, boolean words, int max) {
        long at = address;
        int left = length;
        while (left > 0) {
            int n = (int) Math.min(Math.min(left, max), StLink.TAR_BLOCK - at % StLink.TAR_BLOCK);
            spans.add(new Span(at, n, words));
            at += n;
            left -= n;
        }
    }
}

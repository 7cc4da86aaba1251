package dev.reclaim.flash.stlink;

import java.util.ArrayList;
import java.util.List;

/**
 * One memory transfer the probe can do in a single command: 32-bit ({@code words}) or 8-bit, within the adapter's
 * limits and never across a 4 KiB TAR auto-increment boundary.
 */
record MemoryTransfer(long address, int length, boolean words) {

    /**
     * Splits a range into 8-bit transfers for the unaligned head and tail and 32-bit transfers (≤ 6144 bytes) for
     * the aligned middle, the way a 32-bit-only adapter firmware needs it.
     */
    static List<MemoryTransfer> split(long address, int length, int maxByteTransfer) {
        List<MemoryTransfer> transfers = new ArrayList<>();
        int head = (int) Math.min(length, (4 - address % 4) % 4);
        int middle = (length - head) & ~3;
        int tail = length - head - middle;
        add(transfers, address, head, false, maxByteTransfer);
        add(transfers, address + head, middle, true, StLink.MAX_WORD_TRANSFER);
        add(transfers, address + head + middle, tail, false, maxByteTransfer);
        return transfers;
    }

    /** Only 8-bit transfers, for memory that must be written a byte at a time. */
    static List<MemoryTransfer> bytes(long address, int length, int maxByteTransfer) {
        List<MemoryTransfer> transfers = new ArrayList<>();
        add(transfers, address, length, false, maxByteTransfer);
        return transfers;
    }

    private static void add(List<MemoryTransfer> transfers, long address, int length, boolean words, int max) {
        long at = address;
        int left = length;
        while (left > 0) {
            int n = (int) Math.min(Math.min(left, max), StLink.TAR_BLOCK - at % StLink.TAR_BLOCK);
            transfers.add(new MemoryTransfer(at, n, words));
            at += n;
            left -= n;
        }
    }
}

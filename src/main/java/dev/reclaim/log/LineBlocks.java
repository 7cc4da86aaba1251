package dev.reclaim.log;

import java.util.function.Consumer;

/**
 * Cuts a byte stream into blocks that a fresh {@link LineSplitter} splits exactly as one splitter over the whole
 * stream would, so the blocks can be split and parsed on several threads. A block ends at a line end (never between
 * the CR and LF of a pair); a block without any line end ends at a multiple of the longest line piece, where the
 * splitter would cut the long line anyway. Lines are not counted here: the splitting threads count each block's, and
 * its first line's number is set in log order ({@link LineBase}), so the log's bytes are scanned once, not twice.
 */
final class LineBlocks {
    /**
     * Bytes of a log from the start of a line (or of a long line's piece) to a line end or a break. They never change
     * once handed out: the records of the block keep them as their text.
     *
     * @param broken true when the source was interrupted after it (its last bytes are a line without a line end);
     *               false when it ends at a line end or inside a long line (whose next piece starts the next block)
     */
    record Block(byte[] bytes, int length, boolean broken) {
    }

    private final Consumer<Block> out;
    private final int maxLineBytes;
    private final int capacity;
    private byte[] buffer;
    private int length;

    /**
     * @param piecesPerBlock how many longest line pieces make a block; a block holds one byte more, so that a block
     *                       without a line end never ends on its last byte (which may be the CR of a CR LF pair)
     */
    LineBlocks(Consumer<Block> out, int maxLineBytes, int piecesPerBlock) {
        this.out = out;
        this.maxLineBytes = maxLineBytes;
        this.capacity = maxLineBytes * piecesPerBlock + 1;
        this.buffer = new byte[capacity];
    }

    void feed(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, capacity - length);
            System.arraycopy(b, off, buffer, length, n);
            length += n;
            off += n;
            len -= n;
            if (length == capacity) {
                cut(lastCut());
            }
        }
    }

    /** The source was interrupted or ended: everything so far is one block, its last bytes a line. */
    void breakLine() {
        if (length > 0) {
            hand(length, true);
        }
    }

    /**
     * Where the full buffer is cut: after its last line end that is known whole, else after whole pieces. Never
     * between the CR and LF of a pair: each block's lines are counted on their own, and the LF would count twice.
     */
    private int lastCut() {
        for (int i = length - 1; i >= 0; i--) {
            byte c = buffer[i];
            // A CR that is the last byte may pair with the next byte, still unknown: not a line end yet.
            if (c == '\n' || c == '\r' && i + 1 < length && buffer[i + 1] != '\n') {
                return i + 1;
            }
        }
        return (length - 1) / maxLineBytes * maxLineBytes; // whole pieces, never the last byte
    }

    /** Hands out buffer[0, at) and keeps the rest for the next block. */
    private void cut(int at) {
        byte[] block = buffer;
        int rest = length - at;
        hand(at, false);
        System.arraycopy(block, at, buffer, 0, rest);
        length = rest;
    }

    private void hand(int blockLength, boolean broken) {
        out.accept(new Block(buffer, blockLength, broken));
        buffer = new byte[capacity]; // the block's bytes now belong to its records
        length = 0;
    }
}

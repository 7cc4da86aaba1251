package dev.reclaim.log;

import java.util.function.Consumer;

/**
 * Cuts a byte stream into blocks that a fresh {@link LineSplitter} splits exactly as one splitter over the whole
 * stream would, so the blocks can be split and parsed on several threads. A block ends at a line end (never between
 * the CR and LF of a pair); a block without any line end ends at a multiple of the longest line piece, where the
 * splitter would cut the long line anyway. Each block knows the number of its first line, counted here.
 */
final class LineBlocks {
    /**
     * Bytes of a log from the start of a line (or of a long line's piece) to a line end or a break. They never change
     * once handed out: the records of the block keep them as their text.
     */
    record Block(byte[] bytes, int length, long firstLine) {
    }

    private final Consumer<Block> out;
    private final int maxLineBytes;
    private final int capacity;
    private byte[] buffer;
    private int length;
    /** The number of the next block's first line. */
    private long nextLine = 1;

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

    /** Lines in the blocks handed out so far (after {@link #breakLine()} at the end: all lines). */
    long lines() {
        return nextLine - 1;
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
            int ends = lineEnds(buffer, length, length);
            boolean partial = buffer[length - 1] != '\n' && buffer[length - 1] != '\r';
            hand(length, ends + (partial ? 1 : 0));
        }
    }

    /** Where the full buffer is cut: after its last line end that is known whole, else after whole pieces. */
    private int lastCut() {
        for (int i = length - 2; i >= 0; i--) { // the last byte's successor is unknown: a CR there may pair
            byte c = buffer[i];
            if (c == '\n' || c == '\r' && buffer[i + 1] != '\n') {
                return i + 1;
            }
        }
        return (length - 1) / maxLineBytes * maxLineBytes; // whole pieces, never the last byte
    }

    /** Hands out buffer[0, at) and keeps the rest for the next block. */
    private void cut(int at) {
        byte[] block = buffer;
        int rest = length - at;
        hand(at, lineEnds(block, at, length));
        System.arraycopy(block, at, buffer, 0, rest);
        length = rest;
    }

    private void hand(int blockLength, int lines) {
        out.accept(new Block(buffer, blockLength, nextLine));
        nextLine += lines;
        buffer = new byte[capacity]; // the block's bytes now belong to its records
        length = 0;
    }

    /**
     * Line ends in b[0, to) as the splitter counts them: LF, CR, and CR LF once (at its LF). Bytes up to
     * {@code known} are there to look at, so a CR at {@code to - 1} whose LF is beyond {@code known} counts.
     */
    private static int lineEnds(byte[] b, int to, int known) {
        int n = 0;
        for (int i = 0; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r' && (i + 1 == known || b[i + 1] != '\n')) {
                n++;
            }
        }
        return n;
    }
}

package dev.reclaim.log;


/**
 * Cuts a byte stream into lines, whatever the chunking. A line ends at LF, CR or CR LF (a CR LF split across two
 * chunks still counts once), so logs with mixed endings number their lines as an editor does. Lines longer than
 * {@code maxLineBytes} are handed over in pieces of that size with the same line number, so memory stays bounded
 * even on binary noise.
 */
final class LineSplitter {
    private static final long EACH_0X20 = 0x2020202020202020L;
    private static final long EACH_HIGH_BIT = 0x8080808080808080L;

    /** Receives each line's bytes (valid only during the call) and the {@link ByteClass} bits seen in them. */
    interface Sink {
        void line(long number, byte[] bytes, int offset, int length, int byteClasses);
    }

    private final Sink sink;
    private final int maxLineBytes;
    private byte[] pending = new byte[512];
    private int pendingLength;
    private boolean afterCr;
    private int classes;
    private long number;
    private final long firstLine;

    LineSplitter(Sink sink, int maxLineBytes) {
        this(sink, maxLineBytes, 1);
    }

    /** @param firstLine the number of the first line (a block of a log that {@link LineBlocks} cut) */
    LineSplitter(Sink sink, int maxLineBytes, long firstLine) {
        this.sink = sink;
        this.maxLineBytes = maxLineBytes;
        this.number = firstLine;
        this.firstLine = firstLine;
    }

    /** Completed lines so far. */
    long lines() {
        return number - firstLine;
    }

    void feed(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        if (afterCr && i < end) {
            if (b[i] == '\n') {
                i++;
            }
            afterCr = false;
        }
        int lineStart = i;
        int k = classes;
        for (; i < end; i++) {
            if ((i & 7) == 0) { // aligned: skip whole words of printable ASCII (three times faster than byte by byte)
                while (i + 8 <= end && printable(ByteWords.at(b, i))) {
                    i += 8;
                }
                if (i == end) {
                    break;
                }
            }
            byte c = b[i];
            if (c >= 0x20) {
                continue; // printable ASCII and DEL (class 0): most bytes, decided without the table
            }
            int cls = ByteClass.of(c);
            if (cls == 0) {
                continue;
            }
            if (cls != ByteClass.END_OF_LINE) {
                k |= cls;
                continue;
            }
            {
                classes = k; // the classes of this line's bytes: a superset is harmless, a subset is not
                endLine(b, lineStart, i - lineStart);
                k = 0;
                if (c == '\r') {
                    if (i + 1 < end) {
                        if (b[i + 1] == '\n') {
                            i++;
                        }
                    } else {
                        afterCr = true;
                    }
                }
                lineStart = i + 1;
            }
        }
        classes = k;
        append(b, lineStart, end - lineStart);
    }

    /**
     * True when none of the eight bytes is below 0x20 or above 0x7F (then none ends a line or has a class). A byte
     * below 0x20 borrows in the subtraction and sets its lane's high bit, one above 0x7F has it set already; a borrow
     * can only make a lane look special when it is not (the bytes are then looked at one by one), never the reverse.
     */
    private static boolean printable(long word) {
        return ((word - EACH_0X20 | word) & EACH_HIGH_BIT) == 0;
    }

    /** The source was interrupted (port lost, end of file): what has arrived of the current line is a line. */
    void breakLine() {
        afterCr = false;
        if (pendingLength > 0) {
            int n = pendingLength;
            pendingLength = 0;
            sink.line(number++, pending, 0, n, classes);
        }
        classes = 0;
    }

    private void endLine(byte[] b, int off, int len) {
        if (pendingLength > 0) {
            append(b, off, len);
            int n = pendingLength;
            pendingLength = 0;
            sink.line(number++, pending, 0, n, classes);
        } else {
            while (len > maxLineBytes) {
                sink.line(number, b, off, maxLineBytes, classes);
                off += maxLineBytes;
                len -= maxLineBytes;
            }
            sink.line(number++, b, off, len, classes);
        }
        classes = 0;
    }

    private void append(byte[] b, int off, int len) {
        while (len > 0) {
            int room = maxLineBytes - pendingLength;
            if (room == 0) {
                sink.line(number, pending, 0, pendingLength, classes);
                pendingLength = 0;
                continue;
            }
            int n = Math.min(room, len);
            if (pending.length < pendingLength + n) {
                byte[] bigger = new byte[Math.min(maxLineBytes, Math.max(pending.length * 2, pendingLength + n))];
                System.arraycopy(pending, 0, bigger, 0, pendingLength);
                pending = bigger;
            }
            System.arraycopy(b, off, pending, pendingLength, n);
            pendingLength += n;
            off += n;
            len -= n;
        }
    }
}

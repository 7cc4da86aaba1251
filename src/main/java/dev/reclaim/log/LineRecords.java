package dev.reclaim.log;

/**
 * Turns the lines a {@link LineSplitter} cuts into records: a plain record is read from its bytes, any other line
 * decoded and parsed. One per thread (the parser reuses its matchers).
 */
final class LineRecords implements LineSplitter.Sink {
    private final TextDecoder decoder = new TextDecoder();
    private final RecordParser parser;
    /** The plain records' own reader (null when the formats do not try them first). */
    private final PlainRecords plain;
    /** Whether the bytes of a line stay as they are after the call (blocks of a whole log), see {@link PlainRecords}. */
    private final boolean bytesStay;
    private RecordParser.Sink out;
    /** The block the lines are numbered in, or null when their numbers are the log's. */
    private LineBase base;
    /** The parser's records of a line, numbered in {@link #base}. */
    private final RecordParser.Sink inBlock = r -> out.accept(r.within(base));

    LineRecords(LogFormats formats, RecordParser.Sink out) {
        this(formats, out, false);
    }

    LineRecords(LogFormats formats, RecordParser.Sink out, boolean bytesStay) {
        this.parser = new RecordParser(formats);
        this.plain = PlainRecords.of(formats);
        this.out = out;
        this.bytesStay = bytesStay;
    }

    /**
     * Where the records of the following lines go.
     *
     * @param base null when the line numbers given are the log's, else the first line of the block they count in
     */
    void sendTo(RecordParser.Sink out, LineBase base) {
        this.out = out;
        this.base = base;
    }

    @Override
    public void line(long number, byte[] bytes, int offset, int length, int byteClasses) {
        if (length > 0) {
            if (byteClasses == 0 && plain != null) { // printable ASCII: most lines, most often plain records
                LogRecord r = plain.read(bytes, offset, length, number, bytesStay, base);
                if (r != null) {
                    out.accept(r);
                    return;
                }
            }
            boolean ascii = (byteClasses & ByteClass.NON_ASCII) == 0;
            parser.parse(decoder.decode(bytes, offset, length, byteClasses), ascii, number, base == null ? out : inBlock);
        }
    }
}

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

    LineRecords(LogFormats formats, RecordParser.Sink out) {
        this(formats, out, false);
    }

    LineRecords(LogFormats formats, RecordParser.Sink out, boolean bytesStay) {
        this.parser = new RecordParser(formats);
        this.plain = PlainRecords.of(formats);
        this.out = out;
        this.bytesStay = bytesStay;
    }

    /** Where the records of the following lines go. */
    void sendTo(RecordParser.Sink out) {
        this.out = out;
    }

    @Override
    public void line(long number, byte[] bytes, int offset, int length, int byteClasses) {
        if (length > 0) {
            if (byteClasses == 0 && plain != null) { // printable ASCII: most lines, most often plain records
                LogRecord r = plain.read(bytes, offset, length, number, bytesStay);
                if (r != null) {
                    out.accept(r);
                    return;
                }
            }
            boolean ascii = (byteClasses & ByteClass.NON_ASCII) == 0;
            parser.parse(decoder.decode(bytes, offset, length, byteClasses), ascii, number, out);
        }
    }
}

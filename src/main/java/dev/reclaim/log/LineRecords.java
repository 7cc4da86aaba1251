package dev.reclaim.log;

/**
 * Turns the lines a {@link LineSplitter} cuts into records: decodes each line and parses it. One per thread (the
 * parser reuses its matchers).
 */
final class LineRecords implements LineSplitter.Sink {
    private final TextDecoder decoder = new TextDecoder();
    private final RecordParser parser;
    private RecordParser.Sink out;

    LineRecords(LogFormats formats, RecordParser.Sink out) {
        this.parser = new RecordParser(formats);
        this.out = out;
    }

    /** Where the records of the following lines go. */
    void sendTo(RecordParser.Sink out) {
        this.out = out;
    }

    @Override
    public void line(long number, byte[] bytes, int offset, int length, int byteClasses) {
        if (length > 0) {
            boolean ascii = (byteClasses & ByteClass.NON_ASCII) == 0;
            parser.parse(decoder.decode(bytes, offset, length, byteClasses), ascii, number, out);
        }
    }
}

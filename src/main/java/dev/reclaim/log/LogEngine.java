package dev.reclaim.log;

import java.util.List;
import java.util.Set;

/**
 * The streaming log engine: push bytes in chunks of any size (split anywhere, even inside a UTF-8 sequence or a
 * CR LF pair) and it publishes records, attempt snapshots and diagnoses to its listener as soon as each line is
 * complete. The same engine serves a file, a serial port and the simulator; it never throws on bad input and keeps
 * only the state of the current line and attempt. Not thread-safe: feed it from one thread.
 */
public final class LogEngine {
    /** Longer lines are cut into pieces of this size (binary noise, a wrong baud rate). */
    public static final int MAX_LINE_BYTES = 16 * 1024;

    private final LogListener listener;
    private final LineSplitter splitter;
    private final TextDecoder decoder = new TextDecoder();
    private final RecordParser parser;
    private final HandshakeTracker tracker;
    private final RecordParser.Sink parsed;
    /** Set when tracking runs on a thread of its own ({@link #pipelined}). */
    private final RecordPipe pipe;
    private final Diagnoser diagnoser;
    private long firstRecordLine = -1;
    private LogRecord last;
    private int lastTimes = 1;

    public LogEngine(LogListener listener) {
        this(listener, LogTables.standard());
    }

    public LogEngine(LogListener listener, LogTables tables) {
        this(listener, tables, false);
    }

    /**
     * An engine for a whole finite log that tracks and diagnoses on a second thread while the feeding thread splits
     * and parses, when the machine has a second core. The listener is then called on that thread, and only until
     * {@link #finish()} returns (which waits for it), so read what it collected after {@code finish()}. A live
     * source keeps the plain engine: its records must reach the listener as they arrive, not a batch later.
     */
    public static LogEngine pipelined(LogListener listener) {
        return new LogEngine(listener, LogTables.standard(), Runtime.getRuntime().availableProcessors() > 1);
    }

    private LogEngine(LogListener listener, LogTables tables, boolean twoThreads) {
        this.listener = listener;
        this.pipe = twoThreads ? new RecordPipe(this::onParsed) : null;
        this.parsed = twoThreads ? pipe : this::onParsed;
        this.parser = new RecordParser(tables.formats());
        Diagnoser diagnoser = new Diagnoser(tables.rules(), listener::onDiagnosis);
        this.diagnoser = diagnoser;
        this.tracker = new HandshakeTracker(tables.lines(), tables.formats(), attempt -> {
            listener.onAttempt(attempt);
            diagnoser.evaluate(attempt);
        });
        this.splitter = new LineSplitter(this::onLine, MAX_LINE_BYTES);
    }

    void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    public void feed(byte[] data, int offset, int length) {
        splitter.feed(data, offset, length);
    }

    /** The source was interrupted (port lost, device unplugged): the bytes of the current line form a line. */
    public void breakLine() {
        splitter.breakLine();
    }

    /**
     * End of the source: flushes the last line, ends the attempt in progress, and judges the whole-log facts (a log
     * with records but no connection line: silent firmware).
     */
    public void finish() {
        splitter.breakLine();
        if (pipe != null) {
            pipe.close();
        }
        tracker.finish();
        if (firstRecordLine >= 0 && !tracker.sawConnectionLine()) {
            diagnoser.endOfLog(Set.of(LogFacts.NO_CONNECTION_LINES), List.of(firstRecordLine));
        }
    }

    /** Physical lines completed so far. */
    public long lines() {
        return splitter.lines();
    }

    private void onLine(long number, byte[] bytes, int offset, int length, int byteClasses) {
        if (length > 0) {
            boolean ascii = (byteClasses & ByteClass.NON_ASCII) == 0;
            parser.parse(decoder.decode(bytes, offset, length, byteClasses), ascii, number, parsed);
        }
    }

    private void onParsed(LogRecord r) {
        if (last != null && r.sameMessageAs(last)) {
            listener.onRepeat(last, ++lastTimes);
            return;
        }
        last = r;
        lastTimes = 1;
        if (firstRecordLine < 0) {
            firstRecordLine = r.line();
        }
        listener.onRecord(r);
        tracker.accept(r);
    }
}

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
    /** The single-thread path: splits and parses as the bytes come (null when {@link #pipelined}). */
    private final LineSplitter splitter;
    /** The whole-log path: blocks of lines parsed on threads of their own, tracked in order on another. */
    private final LineBlocks blocks;
    private final ParallelRecords parallel;
    private final HandshakeTracker tracker;
    private final Diagnoser diagnoser;
    private long firstRecordLine = -1;
    private LogRecord last;
    private int lastTimes = 1;

    public LogEngine(LogListener listener) {
        this(listener, LogTables.standard());
    }

    public LogEngine(LogListener listener, LogTables tables) {
        this(listener, tables, MAX_LINE_BYTES, 0, 0);
    }

    /**
     * An engine for a whole finite log that splits and parses blocks of lines on all cores but one and tracks and
     * diagnoses them in log order on that one (on two cores a second parsing thread only competed with the tracker:
     * 0.1 s slower for 100 MB, 5 % more CPU). The listener is then called on the tracking thread, and only until
     * {@link #finish()} returns (which waits for it), so read what it collected after {@code finish()}. A live
     * source keeps the plain engine: its records must reach the listener as they arrive, not a block later.
     */
    public static LogEngine pipelined(LogListener listener) {
        return new LogEngine(listener, LogTables.standard(), MAX_LINE_BYTES, BLOCK_PIECES,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Pieces of {@link #MAX_LINE_BYTES} per block of the pipelined engine: 128 KiB, about 2000 lines. */
    private static final int BLOCK_PIECES = 8;

    /**
     * @param parserThreads 0: the plain engine on the caller's thread; else a pipelined one with this many parsing
     *                      threads and blocks of {@code blockPieces} pieces of {@code maxLineBytes}
     */
    LogEngine(LogListener listener, LogTables tables, int maxLineBytes, int blockPieces, int parserThreads) {
        this.listener = listener;
        Diagnoser diagnoser = new Diagnoser(tables.rules(), listener::onDiagnosis);
        this.diagnoser = diagnoser;
        this.tracker = new HandshakeTracker(tables.lines(), tables.formats(), attempt -> {
            listener.onAttempt(attempt);
            diagnoser.evaluate(attempt);
        });
        if (parserThreads > 0) {
            this.parallel = new ParallelRecords(tables, maxLineBytes, parserThreads, this::onParsed);
            this.blocks = new LineBlocks(parallel, maxLineBytes, blockPieces);
            this.splitter = null;
        } else {
            this.parallel = null;
            this.blocks = null;
            this.splitter = new LineSplitter(new LineRecords(tables.formats(), this::onParsed), maxLineBytes);
        }
    }

    void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    public void feed(byte[] data, int offset, int length) {
        if (blocks != null) {
            blocks.feed(data, offset, length);
        } else {
            splitter.feed(data, offset, length);
        }
    }

    /** The source was interrupted (port lost, device unplugged): the bytes of the current line form a line. */
    public void breakLine() {
        if (blocks != null) {
            blocks.breakLine();
        } else {
            splitter.breakLine();
        }
    }

    /**
     * End of the source: flushes the last line, ends the attempt in progress, and judges the whole-log facts (a log
     * with records but no connection line: silent firmware).
     */
    public void finish() {
        breakLine();
        if (parallel != null) {
            parallel.close();
        }
        tracker.finish();
        if (firstRecordLine >= 0 && !tracker.sawConnectionLine()) {
            diagnoser.endOfLog(Set.of(LogFacts.NO_CONNECTION_LINES), List.of(firstRecordLine));
        }
    }

    /** Physical lines completed so far. */
    public long lines() {
        return parallel != null ? parallel.lines() : splitter.lines();
    }

    private void onParsed(LogRecord r) {
        if (published(r)) {
            tracker.accept(r);
        }
    }

    /** A record the parsing threads already looked up in the handshake table. */
    private void onParsed(LogRecord r, HandshakeLines.Match match) {
        if (published(r)) {
            tracker.accept(r, match);
        }
    }

    /** Publishes a record, or counts it as a repeat of the last one; true when it is new (to be tracked). */
    private boolean published(LogRecord r) {
        if (last != null && r.sameMessageAs(last)) {
            listener.onRepeat(last, ++lastTimes);
            return false;
        }
        last = r;
        lastTimes = 1;
        if (firstRecordLine < 0) {
            firstRecordLine = r.line();
        }
        listener.onRecord(r);
        return true;
    }
}

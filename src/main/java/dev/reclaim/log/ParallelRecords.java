package dev.reclaim.log;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Splits and parses the {@link LineBlocks} of a whole log on a few threads of their own and hands the records, in
 * log order, to a downstream (the tracker) on one more thread, so an analysis uses every core. The parsing threads
 * also look each record up in the handshake table (a pure function of the record), which would otherwise be the
 * largest part of the tracker's thread, the slowest of the pipeline. A short bounded queue
 * of blocks in flight keeps memory bounded when the downstream is the slower side. {@link #close()} waits until the
 * downstream has seen the last record.
 */
final class ParallelRecords implements Consumer<LineBlocks.Block> {
    /** Receives each record, in log order, with its handshake table entry (null when it is none). */
    interface Sink {
        void accept(LogRecord record, HandshakeLines.Match match);
    }

    /**
     * A block's records and, at the same index, their handshake table entries; the records are numbered from 0 in
     * the block until its {@code base} is set, and the block has {@code lines} lines.
     */
    private record Parsed(List<LogRecord> records, HandshakeLines.Match[] matches, LineBase base, long lines) {
    }

    private static final CompletableFuture<Parsed> END =
            CompletableFuture.completedFuture(new Parsed(List.of(), new HandshakeLines.Match[0], new LineBase(), 0));

    private final int maxLineBytes;
    private final HandshakeLines handshakeLines;
    private final ExecutorService parsers;
    /** Each parsing thread's own parser (it reuses its matchers). */
    private final ThreadLocal<LineRecords> lineRecords;
    private final BlockingQueue<CompletableFuture<Parsed>> inFlight;
    private final Thread consumer;
    private volatile Throwable failure;
    /** The number of the next block's first line (the consumer's). */
    private long nextLine = 1;
    private boolean closed;

    ParallelRecords(LogTables tables, int maxLineBytes, int threads, Sink downstream) {
        LogFormats formats = tables.formats();
        this.maxLineBytes = maxLineBytes;
        this.handshakeLines = tables.lines();
        this.parsers = Executors.newFixedThreadPool(threads, r -> daemon(r, "log-parser"));
        this.lineRecords = ThreadLocal.withInitial(() -> new LineRecords(formats, null, true));
        this.inFlight = new ArrayBlockingQueue<>(threads + 1);
        this.consumer = daemon(() -> drain(downstream), "log-tracker");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void accept(LineBlocks.Block block) {
        put(CompletableFuture.supplyAsync(() -> parse(block), parsers));
        rethrowFailure();
    }

    private Parsed parse(LineBlocks.Block block) {
        List<LogRecord> records = new ArrayList<>(block.length() / 48);
        LineRecords lines = lineRecords.get();
        LineBase base = new LineBase();
        lines.sendTo(records::add, base);
        LineSplitter splitter = new LineSplitter(lines, maxLineBytes, 0);
        splitter.feed(block.bytes(), 0, block.length());
        long lineEnds = splitter.lines();
        splitter.breakLine(); // a block ends at a line end or a piece's end: this only ends its last line
        HandshakeLines.Match[] matches = new HandshakeLines.Match[records.size()];
        // Runs of records share a category (one String each, from the parser's cache): judge it once per run.
        String category = null;
        CategoryLines entries = handshakeLines.linesFor(null);
        for (int i = 0; i < matches.length; i++) {
            LogRecord r = records.get(i);
            if (r.category() != category) {
                category = r.category();
                entries = handshakeLines.linesFor(category);
            }
            matches[i] = entries == null ? null : entries.match(r);
        }
        // The list as it is: a copy to an array would be 10 MB per 100 MB log.
        // A long line's piece at the block's end continues in the next block, with the same number.
        return new Parsed(records, matches, base, block.broken() ? splitter.lines() : lineEnds);
    }

    /** Lines in the blocks handed downstream so far (after {@link #close()}: all lines). */
    long lines() {
        return nextLine - 1;
    }

    /** Waits until the downstream has taken every record; then rethrows its failure or a parser's. */
    void close() {
        if (!closed) {
            closed = true;
            if (consumer.getState() != Thread.State.NEW) {
                put(END);
                joinUninterruptibly(consumer);
            }
            parsers.shutdown();
        }
        rethrowFailure();
    }

    /** Always delivers: a cancelled read still finishes the engine, which needs everything it parsed. */
    private void put(CompletableFuture<Parsed> records) {
        if (consumer.getState() == Thread.State.NEW) {
            consumer.start(); // on the first block: a source that fails to open leaves no thread behind
        }
        boolean interrupted = false;
        while (true) {
            try {
                inFlight.put(records);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true; // the end is on its way: waiting for it takes no longer than a few blocks
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(Sink downstream) {
        while (true) {
            CompletableFuture<Parsed> next;
            try {
                next = inFlight.take();
            } catch (InterruptedException e) {
                continue; // nobody but this class knows the thread; only the end marker stops it
            }
            if (next == END) {
                return;
            }
            if (failure != null) {
                continue; // keep taking, so the feeding side never waits on a full queue
            }
            try {
                Parsed parsed = next.join();
                parsed.base().set(nextLine); // before any of its records is seen
                nextLine += parsed.lines();
                List<LogRecord> records = parsed.records();
                HandshakeLines.Match[] matches = parsed.matches();
                for (int i = 0; i < matches.length; i++) {
                    downstream.accept(records.get(i), matches[i]);
                }
            } catch (RuntimeException | Error e) {
                failure = e instanceof CompletionException && e.getCause() != null
                        ? e.getCause() : e;
            }
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}

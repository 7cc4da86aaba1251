package dev.reclaim.log;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands parsed records from the thread that splits and parses to a thread of its own that tracks and diagnoses them,
 * so a whole-log analysis uses a second core. Records travel in batches (one hand-over per thousands of lines) through
 * a short bounded queue, so memory stays bounded when the tracking side is the slower one. The downstream sees every
 * record in order, on its own thread, started with the first batch; {@link #close()} waits until it has seen the last
 * one.
 */
final class RecordPipe implements RecordParser.Sink {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final LogRecord[] END = new LogRecord[0];

    private final BlockingQueue<LogRecord[]> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread consumer;
    private LogRecord[] batch = new LogRecord[BATCH];
    private int count;
    private volatile Throwable failure;
    private boolean closed;

    RecordPipe(RecordParser.Sink downstream) {
        consumer = new Thread(() -> drain(downstream), "log-tracker");
        consumer.setDaemon(true);
    }

    @Override
    public void accept(LogRecord record) {
        batch[count++] = record;
        if (count == BATCH) {
            flush();
            rethrowFailure();
        }
    }

    /** Hands over the last records and waits until the downstream has taken all of them; then rethrows its failure. */
    void close() {
        if (!closed) {
            closed = true;
            flush();
            if (!consumer.isAlive()) {
                return; // nothing was ever parsed
            }
            put(END);
            boolean interrupted = false;
            while (consumer.isAlive()) {
                try {
                    consumer.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the end is on its way: waiting for it takes no longer than one batch
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        rethrowFailure();
    }

    private void flush() {
        if (count > 0) {
            put(count == BATCH ? batch : Arrays.copyOf(batch, count));
            batch = new LogRecord[BATCH];
            count = 0;
        }
    }

    /** Always delivers: a cancelled read still finishes the engine, which needs everything it parsed. */
    private void put(LogRecord[] records) {
        if (consumer.getState() == Thread.State.NEW) {
            consumer.start(); // on the first batch: a source that fails to open leaves no thread behind
        }
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(records);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(RecordParser.Sink downstream) {
        while (true) {
            LogRecord[] records;
            try {
                records = queue.take();
            } catch (InterruptedException e) {
                continue; // nobody but this class knows the thread; only the end marker stops it
            }
            if (records == END) {
                return;
            }
            if (failure != null) {
                continue; // keep taking, so the parsing side never waits on a full queue
            }
            try {
                for (LogRecord r : records) {
                    downstream.accept(r);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
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

package dev.reclaim.log;

import dev.reclaim.finding.Finding;

import dev.reclaim.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole-log summary built on the streaming engine: counts lines and records, keeps the final snapshot of the
 * last {@value AttemptCollector#MAX_ATTEMPTS} attempts, the outcome counts of all, and the diagnoses. This is the
 * consumer that decides what to keep; the engine itself keeps nothing.
 */
public final class LogAnalysis implements LogListener {
    private final AttemptCollector attempts = new AttemptCollector();
    private final Map<String, Finding> diagnoses = new LinkedHashMap<>();
    private long lines;
    private long records;

    /** Analyses what a source gives until it ends (a live source: until it is stopped). */
    public static LogAnalysis of(LogSource source) throws IOException {
        LogAnalysis analysis = new LogAnalysis();
        // A live source is analysed as it arrives; a finite one may track on a second core (read after finish).
        LogEngine engine = source.live() ? new LogEngine(analysis) : LogEngine.pipelined(analysis);
        source.run(engine, ProgressListener.NONE);
        analysis.lines = engine.lines();
        return analysis;
    }

    /** Analyses a whole stream (left open), read in chunks (memory does not grow with its size). */
    public static LogAnalysis of(InputStream in) throws IOException {
        return of(new StreamLogSource(in, "a stream"));
    }

    /** Analyses bytes already in memory (tests). */
    public static LogAnalysis of(byte[] log) {
        try {
            return of(new ByteArrayInputStream(log));
        } catch (IOException e) {
            throw new UncheckedIOException("memory cannot fail to read", e);
        }
    }

    @Override
    public void onRecord(LogRecord record) {
        records++;
    }

    @Override
    public void onAttempt(Attempt attempt) {
        attempts.offer(attempt);
    }

    @Override
    public void onDiagnosis(Finding diagnosis) {
        diagnoses.put(diagnosis.id(), diagnosis);
    }

    public long lines() {
        return lines;
    }

    public long records() {
        return records;
    }

    /** The final snapshots of the kept (most recent) attempts, in log order. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts.attempts());
    }

    /** The oldest attempts, beyond the last {@link AttemptCollector#MAX_ATTEMPTS}, counted but not kept. */
    public int attemptsOmitted() {
        return attempts.leftOut();
    }

    /** The numbers of the first and last attempt not kept (1 and {@link #attemptsOmitted()}), or 0 and 0. */
    public int firstOmitted() {
        return attempts.firstLeftOut();
    }

    public int lastOmitted() {
        return attempts.lastLeftOut();
    }

    /** Attempts per outcome, over all of them (kept or not); outcomes no attempt had are absent. */
    public Map<Outcome, Integer> outcomes() {
        return attempts.outcomes();
    }

    /** All attempts the log showed, kept or not. */
    public int attemptCount() {
        return attempts.attempts().size() + attempts.leftOut();
    }

    /** The diagnoses in the order of their first supporting line. */
    public List<Finding> diagnoses() {
        List<Finding> list = new ArrayList<>(diagnoses.values());
        list.sort(Comparator.comparing(d -> d.lines().isEmpty() ? Long.MAX_VALUE : d.lines().get(0)));
        return list;
    }
}

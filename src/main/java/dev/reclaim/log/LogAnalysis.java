package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole-log summary built on the streaming engine: counts lines and records, keeps the final snapshot of each
 * attempt (up to {@value #MAX_ATTEMPTS}, then counts the rest) and the diagnoses. This is the consumer that decides
 * what to keep; the engine itself keeps nothing.
 */
public final class LogAnalysis implements LogListener {
    public static final int MAX_ATTEMPTS = 10_000;
    private static final int CHUNK = 64 * 1024;

    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Finding> diagnoses = new LinkedHashMap<>();
    private long lines;
    private long records;
    private long repeats;
    private int attemptsOmitted;

    /** Analyses a whole file. */
    public static LogAnalysis of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** Analyses a whole stream, read in chunks (memory does not grow with its size). */
    public static LogAnalysis of(InputStream in) throws IOException {
        LogAnalysis analysis = new LogAnalysis();
        LogEngine engine = new LogEngine(analysis);
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) >= 0; ) {
            engine.feed(buf, 0, n);
        }
        engine.finish();
        analysis.lines = engine.lines();
        return analysis;
    }

    /** Analyses bytes already in memory (tests, the GUI's sample logs). */
    public static LogAnalysis of(byte[] log) {
        LogAnalysis analysis = new LogAnalysis();
        LogEngine engine = new LogEngine(analysis);
        engine.feed(log);
        engine.finish();
        analysis.lines = engine.lines();
        return analysis;
    }

    @Override
    public void onRecord(LogRecord record) {
        records++;
    }

    @Override
    public void onRepeat(LogRecord record, int times) {
        repeats++;
    }

    @Override
    public void onAttempt(Attempt attempt) {
        int last = attempts.size() - 1;
        if (last >= 0 && attempts.get(last).number() == attempt.number()) {
            attempts.set(last, attempt);
        } else if (attempts.size() < MAX_ATTEMPTS) {
            attempts.add(attempt);
        } else if (attempt.number() > MAX_ATTEMPTS + attemptsOmitted) {
            attemptsOmitted++;
        }
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

    /** Copies of a record that were collapsed into it. */
    public long repeats() {
        return repeats;
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** Attempts beyond {@link #MAX_ATTEMPTS} that were counted but not kept. */
    public int attemptsOmitted() {
        return attemptsOmitted;
    }

    /** The diagnoses in the order of their first supporting line. */
    public List<Finding> diagnoses() {
        List<Finding> list = new ArrayList<>(diagnoses.values());
        list.sort(Comparator.comparing(d -> d.lines().isEmpty() ? Long.MAX_VALUE : d.lines().get(0)));
        return list;
    }
}

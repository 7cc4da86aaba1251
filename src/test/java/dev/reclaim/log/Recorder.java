package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/** Test listener: keeps everything the engine publishes, in order. */
final class Recorder implements LogListener {
    final List<LogRecord> records = new ArrayList<>();
    final List<String> repeats = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final List<Finding> diagnoses = new ArrayList<>();
    /** Every event as text, for comparing whole runs. */
    final List<String> events = new ArrayList<>();

    @Override
    public void onRecord(LogRecord record) {
        records.add(record);
        events.add("record " + record);
    }

    @Override
    public void onRepeat(LogRecord record, int times) {
        repeats.add(record.line() + "x" + times);
        events.add("repeat " + record.line() + " " + times);
    }

    @Override
    public void onAttempt(Attempt attempt) {
        attempts.add(attempt);
        events.add("attempt " + attempt);
    }

    @Override
    public void onDiagnosis(Finding diagnosis) {
        diagnoses.add(diagnosis);
        events.add("diagnosis " + diagnosis);
    }

    /** Feeds the bytes in the given chunk sizes (cycled), then finishes. */
    static Recorder run(byte[] log, int... chunks) {
        return run(LogEngine::new, log, chunks);
    }

    /** Feeds the bytes in the given chunk sizes (cycled) to the engine {@code engines} makes, then finishes. */
    static Recorder run(java.util.function.Function<LogListener, LogEngine> engines, byte[] log, int... chunks) {
        Recorder r = new Recorder();
        LogEngine engine = engines.apply(r);
        int off = 0;
        int k = 0;
        while (off < log.length) {
            int n = chunks.length == 0 ? log.length : Math.max(0, Math.min(chunks[k++ % chunks.length], log.length - off));
            engine.feed(log, off, n);
            off += n;
            if (chunks.length > 0 && n == 0 && allZero(chunks)) {
                break;
            }
        }
        engine.finish();
        r.events.add("lines " + engine.lines());
        return r;
    }

    private static boolean allZero(int[] chunks) {
        for (int c : chunks) {
            if (c > 0) {
                return false;
            }
        }
        return true;
    }

    static Recorder run(String log) {
        return run(log.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Attempt lastAttempt() {
        return attempts.get(attempts.size() - 1);
    }
}

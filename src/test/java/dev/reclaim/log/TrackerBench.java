package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the tracker thread alone (track + diagnose + collect, what runs after the parser threads): the log's
 * records and their handshake matches are read once, then replayed into fresh trackers. Prints the thread CPU and the
 * bytes allocated per pass, and a digest of the result to compare before and after a change. Not a unit test.
 * <pre>
 * java -Xmx3g -XX:TieredStopAtLevel=1 -cp target/reclaim.jar:target/test-classes dev.reclaim.log.TrackerBench LOG [passes]
 * </pre>
 */
public final class TrackerBench {
    private TrackerBench() {
    }

    public static void main(String[] args) throws IOException {
        LogTables tables = LogTables.standard();
        List<LogRecord> records = new ArrayList<>();
        LogEngine reader = new LogEngine(new LogListener() {
            @Override
            public void onRecord(LogRecord record) {
                records.add(record);
            }
        }, tables);
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                reader.feed(buf, 0, n);
            }
        }
        reader.finish();
        HandshakeLines.Match[] matches = new HandshakeLines.Match[records.size()];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = tables.lines().match(records.get(i));
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        for (int p = 0; p < passes; p++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = threads.getThreadAllocatedBytes(self);
            LogAnalysis analysis = new LogAnalysis();
            Diagnoser diagnoser = new Diagnoser(tables.rules(), analysis::onDiagnosis);
            HandshakeTracker tracker = new HandshakeTracker(tables.lines(), tables.formats(), a -> {
                analysis.onAttempt(a);
                diagnoser.evaluate(a);
            });
            for (int i = 0; i < matches.length; i++) {
                LogRecord r = records.get(i);
                analysis.onRecord(r);
                tracker.accept(r, matches[i]);
            }
            tracker.finish();
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            bytes = threads.getThreadAllocatedBytes(self) - bytes;
            System.out.printf(Locale.ROOT, "pass %d: %d ms cpu, %d MB allocated; %s%n", p, cpu / 1_000_000,
                    bytes >> 20, digest(analysis));
        }
    }

    private static String digest(LogAnalysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.attemptCount()).append(" attempts ").append(a.outcomes());
        long h = 0;
        for (Attempt x : a.attempts()) {
            h = h * 31 + x.toString().hashCode();
        }
        for (Finding f : a.diagnoses()) {
            sb.append(' ').append(f.id()).append('/').append(f.lines().size());
            h = h * 31 + f.toString().hashCode();
        }
        return sb.append(" hash ").append(Long.toHexString(h)).toString();
    }
}

package dev.reclaim.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a large log for {@code reclaim log analyze} benchmarks from the written fixture logs: every generation's log
 * in turn, its device counters moved on so time runs forward (with a device reset now and then), each followed by
 * application chatter taken from the fixtures' own application lines with varying numbers, as a device that keeps
 * retrying writes. Line endings alternate between LF and CR LF per block. Not a test.
 * <pre>
 * mvn -o -q -DskipTests package   (target/reclaim.jar; target/test-classes holds this class)
 * java -cp target/test-classes dev.reclaim.bench.LogCorpus OUT.log [MB] [FIXTURE_DIR...]
 * </pre>
 * The default fixture folders are {@code src/test/resources/dev/reclaim/log/generations} and {@code ../shared/fixtures}.
 */
public final class LogCorpus {
    /** Chatter lines per fixture block: real long logs are mostly the application's own lines. */
    private static final int CHATTER_PER_BLOCK = 24;
    /** A device reset (the counter starts again) every this many blocks. */
    private static final int BLOCKS_PER_BOOT = 40;

    private LogCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LogCorpus OUT.log [MB] [FIXTURE_DIR...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 100) * 1_000_000L;
        List<Path> dirs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            dirs.add(Path.of(args[i]));
        }
        if (dirs.isEmpty()) {
            dirs.add(Path.of("src/test/resources/dev/reclaim/log/generations"));
            dirs.add(Path.of("../shared/fixtures"));
        }
        List<List<String>> fixtures = new ArrayList<>();
        List<String> chatter = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    fixtures.add(lines);
                    lines.stream().filter(l -> l.contains("[app]")).map(LogCorpus::body).forEach(chatter::add);
                }
            }
        }
        if (fixtures.isEmpty() || chatter.isEmpty()) {
            System.err.println("no fixture logs with application lines in " + dirs);
            System.exit(2);
        }
        long[] written = write(out, target, fixtures, chatter);
        System.out.printf(Locale.ROOT, "%s: %.1f MB, %,d lines from %d fixture logs%n", out, written[0] / 1e6,
                written[1], fixtures.size());
    }

    private static long[] write(Path out, long target, List<List<String>> fixtures, List<String> chatter)
            throws IOException {
        long bytes = 0;
        long lines = 0;
        long clock = 1000;
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (int block = 0; bytes < target; block++) {
                String eol = block % 2 == 0 ? "\n" : "\r\n";
                if (block % BLOCKS_PER_BOOT == BLOCKS_PER_BOOT - 1) {
                    clock = 12;
                }
                List<String> fixture = fixtures.get(block % fixtures.size());
                long first = -1;
                long last = 0;
                for (String line : fixture) {
                    String text = line;
                    if (hasCounter(line)) {
                        long stamp = Long.parseLong(line.substring(0, 10));
                        first = first < 0 ? stamp : first;
                        last = clock + Math.max(0, stamp - first);
                        text = counter(last) + line.substring(10);
                    }
                    bytes += put(w, text, eol);
                    lines++;
                }
                clock = Math.max(clock, last) + 50;
                for (int i = 0; i < CHATTER_PER_BLOCK; i++) {
                    clock += 7 + (i * 13) % 97;
                    String body = chatter.get((block * 7 + i) % chatter.size());
                    bytes += put(w, counter(clock) + " [app] INFO: " + body + " #" + (block * CHATTER_PER_BLOCK + i), eol);
                    lines++;
                }
            }
        }
        return new long[] {bytes, lines};
    }

    /** The message of an application line without its counter, category and level. */
    private static String body(String line) {
        int colon = line.indexOf(": ", line.indexOf("[app]"));
        return colon < 0 ? line : line.substring(colon + 2);
    }

    private static boolean hasCounter(String line) {
        if (line.length() < 11) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String counter(long millis) {
        return String.format(Locale.ROOT, "%010d", millis);
    }

    private static int put(OutputStream w, String text, String eol) throws IOException {
        byte[] b = (text + eol).getBytes(StandardCharsets.UTF_8);
        w.write(b);
        return b.length;
    }
}

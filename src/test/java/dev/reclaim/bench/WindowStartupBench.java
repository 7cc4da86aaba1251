package dev.reclaim.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches the workstation as a user does ({@code java -jar target/reclaim.jar}, first launch on the simulated P1
 * in its keys-rejected scenario) several times and reports, from JVM start: when the window was shown, when the
 * DCT appeared and when the first diagnosis appeared (the app prints these with {@code -Dreclaim.timing=true}).
 * Needs a display; run it under Xvfb:
 * <pre>
 *   mvn -q -o -DskipTests package test-compile
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/test-classes dev.reclaim.bench.WindowStartupBench [runs=5]
 * </pre>
 */
public final class WindowStartupBench {
    private static final Pattern MARK = Pattern.compile("reclaim: (.+) (\\d+) ms after JVM start");
    private static final List<String> MARKS = List.of("window shown", "DCT shown", "first diagnosis shown");

    private WindowStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<Long>> times = new LinkedHashMap<>();
        MARKS.forEach(m -> times.put(m, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            Map<String, Long> run = launchOnce();
            run.forEach((k, v) -> times.get(k).add(v));
            System.out.println("run " + (i + 1) + ": " + run);
        }
        times.forEach((mark, list) -> {
            Collections.sort(list);
            if (!list.isEmpty()) {
                System.out.printf("%-22s min %5d ms  median %5d ms  max %5d ms  (%d runs)%n", mark, list.get(0),
                        list.get(list.size() / 2), list.get(list.size() - 1), list.size());
            }
        });
    }

    private static Map<String, Long> launchOnce() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-XX:+UseZGC", "-Dreclaim.timing=true", "-jar",
                "target/reclaim.jar").redirectErrorStream(true);
        Process p = pb.start();
        Map<String, Long> seen = new LinkedHashMap<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = MARK.matcher(line);
                    if (m.find()) {
                        synchronized (seen) {
                            seen.put(m.group(1), Long.parseLong(m.group(2)));
                        }
                    }
                }
            } catch (Exception e) {
                // the process was stopped
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            synchronized (seen) {
                if (seen.keySet().containsAll(MARKS)) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
        reader.join(2000);
        synchronized (seen) {
            return new LinkedHashMap<>(seen);
        }
    }
}

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
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/test-classes dev.reclaim.bench.WindowStartupBench [runs=5] [JVM option...]
 * </pre>
 * JVM options after the count are passed to each launch, e.g. the launchers' {@code -XX:TieredStopAtLevel=1
 * -XX:SharedArchiveFile=target/reclaim.jsa}. On a shared machine compare the CPU time ("cpu") as well as the wall time.
 */
public final class WindowStartupBench {
    private static final Pattern MARK = Pattern.compile("reclaim: (.+) (\\d+) ms after JVM start(?: \\((\\d+) ms of CPU\\))?");
    private static final List<String> MARKS = List.of("window shown", "DCT shown", "first diagnosis shown");

    private WindowStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> jvmOptions = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("-XX:+UseZGC");
        // every mark the app prints is summed up (the steps on the way too), in the order it printed them
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            Map<String, Long> run = launchOnce(jvmOptions);
            run.forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            System.out.println("run " + (i + 1) + ": " + run);
        }
        times.forEach((mark, list) -> {
            Collections.sort(list);
            if (!list.isEmpty()) {
                System.out.printf("%-40s min %5d ms  median %5d ms  max %5d ms  (%d runs)%n", mark, list.get(0),
                        list.get(list.size() / 2), list.get(list.size() - 1), list.size());
            }
        });
    }

    private static Map<String, Long> launchOnce(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dreclaim.timing=true", "-jar", "target/reclaim.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        Map<String, Long> seen = new LinkedHashMap<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = MARK.matcher(line);
                    if (m.find()) {
                        synchronized (seen) {
                            seen.put(m.group(1), Long.parseLong(m.group(2)));
                            if (m.group(3) != null) {
                                seen.put(m.group(1) + " cpu", Long.parseLong(m.group(3)));
                            }
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

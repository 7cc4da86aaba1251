package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four station processes on one shared PostgreSQL journal, 25 runs each, two of them handed the same 25 devices;
 * the server is stopped and restarted while they work. Afterwards: 100 entries, every run exactly once (retried
 * writes and outbox uploads included), and no device claimed by two stations at once while the server was there
 * to tell them apart (while it is down each station claims in its own outbox: nothing can see the others then).
 */
class SharedJournalLineTest {
    private static final int RUNS = 25;
    private static final long WORK_MS = 120;

    @TempDir
    Path dir;

    private record Run(String runId, String device, long claimed, long released, boolean shared) {
    }

    @Test
    void fourStationsRecordEveryRunOnceAndNeverShareADeviceThroughAServerRestart() throws Exception {
        String url = PostgresTestServer.freshDatabase();
        try (Journal migrate = Journals.open(java.util.Optional.of(url), dir.resolve("setup"))) {
            migrate.since(java.time.Instant.EPOCH);
        }
        List<String> shared = devices(0x10);
        List<List<String>> handed = List.of(shared, shared, devices(0x20), devices(0x30));
        List<Process> stations = new ArrayList<>();
        for (int i = 0; i < handed.size(); i++) {
            stations.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // a station process runs for seconds: the quick compiler starts it sooner
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    JournalStationProcess.class.getName(), url,
                    dir.resolve("station-" + i).toString(), "bench-" + i, String.valueOf(WORK_MS),
                    String.join(",", handed.get(i))).redirectError(dir.resolve("station-" + i + ".err").toFile())
                    .start());
        }
        List<CompletableFuture<String>> outputs = stations.stream().map(p -> CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).toList();

        long waitStart = System.currentTimeMillis();
        // Cut the database once the line is under way, and bring it back two seconds later.
        long deadline = System.currentTimeMillis() + 120_000;
        while (entries(url) < 8 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        long cut = System.currentTimeMillis();
        PostgresTestServer.pause();
        Thread.sleep(2000);
        PostgresTestServer.resume();
        long back = System.currentTimeMillis();

        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            assertThat(stations.get(i).waitFor(180, TimeUnit.SECONDS)).as("station %d finished", i).isTrue();
            String out = outputs.get(i).get();
            assertThat(stations.get(i).exitValue()).as("station %d: %s", i,
                    java.nio.file.Files.readString(dir.resolve("station-" + i + ".err"))).isZero();
            assertThat(out).as("station %d uploaded everything", i).contains("DONE 0");
            out.lines().filter(l -> l.startsWith("RUN ")).map(l -> l.split(" "))
                    .forEach(f -> runs.add(new Run(f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                            Boolean.parseBoolean(f[5]))));
        }

        System.out.printf("line: first 8 entries after %d ms, server down %d ms, %d of %d runs offline, all uploaded"
                + " %d ms after it was back%n", cut - waitStart, back - cut,
                runs.stream().filter(r -> !r.shared()).count(), runs.size(), System.currentTimeMillis() - back);
        assertThat(runs).hasSize(4 * RUNS);
        assertThat(runs).as("some runs were worked offline, during the cut").anyMatch(r -> !r.shared());
        assertThat(runs).as("and some with the server").anyMatch(Run::shared);
        Map<String, Integer> recorded = runIdsInJournal(url);
        assertThat(recorded).as("nothing doubled").allSatisfy((id, times) -> assertThat(times).isOne());
        assertThat(recorded.keySet()).as("nothing lost, nothing extra")
                .isEqualTo(runs.stream().map(Run::runId).collect(Collectors.toSet()));
        assertThat(runs.stream().filter(r -> shared.contains(r.device()))).hasSize(2 * RUNS);

        Map<String, List<Run>> byDevice = new HashMap<>();
        runs.stream().filter(Run::shared).forEach(r -> byDevice.computeIfAbsent(r.device(), d -> new ArrayList<>())
                .add(r));
        for (List<Run> same : byDevice.values()) {
            same.sort(java.util.Comparator.comparingLong(Run::claimed));
            for (int i = 1; i < same.size(); i++) {
                assertThat(same.get(i).claimed()).as("device %s claimed again before its claim was released"
                        + " (cut %d..%d)", same.get(i).device(), cut, back)
                        .isGreaterThanOrEqualTo(same.get(i - 1).released());
            }
        }
        try (Connection db = connect(url); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM device_claim")) {
            r.next();
            assertThat(r.getInt(1)).as("every claim released").isZero();
        }
    }

    private static List<String> devices(int tag) {
        return IntStream.range(0, RUNS).mapToObj(i -> String.format("%02x%022x", tag, i)).toList();
    }

    private static Connection connect(String url) throws Exception {
        JournalLocation location = JournalLocation.parse(url, Map.of());
        return DriverManager.getConnection(location.jdbcUrl(), location.connectionProperties());
    }

    private static int entries(String url) {
        try (Connection db = connect(url); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM journal_entry")) {
            r.next();
            return r.getInt(1);
        } catch (Exception e) {
            return 0;
        }
    }

    private static Map<String, Integer> runIdsInJournal(String url) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = connect(url); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT run_id FROM journal_entry")) {
            while (r.next()) {
                counts.merge(r.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }
}

package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.P1Log;
import dev.reclaim.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagnoser skips the early rules on a snapshot of an attempt in progress whose generation and signals did not
 * change since it last judged them: the diagnoses it publishes (ids, lines, attempt counts, in order) are exactly
 * those of a diagnoser that judges every snapshot, on the fixtures and on random logs of the table's lines.
 */
class DiagnoserSkipTest {
    /** Codes the rules name, and some they do not. */
    private static final Integer[] CODES = {-19, 26, 16, 7, 6, 8, -130, 25, 10, -160, -220, -240, 3, -1};

    static Stream<Path> fixtures() throws IOException {
        Path dir = Path.of("src/test/resources/dev/reclaim/log/generations");
        try (Stream<Path> logs = Files.list(dir)) {
            List<Path> all = new ArrayList<>(logs.filter(p -> p.toString().endsWith(".log")).sorted().toList());
            all.add(P1Log.file());
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesGiveTheSameDiagnosesWithAndWithoutTheSkip(Path log) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        List<Finding> skipping = diagnoses(bytes, true);
        assertThat(skipping).isEqualTo(diagnoses(bytes, false));
        assertThat(skipping).as("the fixture shows some diagnosis").isNotEmpty();
    }

    @Property(tries = 400)
    void randomLogsOfTheTablesLinesGiveTheSameDiagnosesWithAndWithoutTheSkip(@ForAll("logs") String log) {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        assertThat(diagnoses(bytes, true)).isEqualTo(diagnoses(bytes, false));
    }

    @Provide
    Arbitrary<String> logs() {
        HandshakeLines table = HandshakeLines.standard();
        List<HandshakeLine> entries = table.all();
        List<String> sampleLines = table.samples().stream().flatMap(s -> s.log().stream()).toList();
        Arbitrary<String> rendered = Combinators.combine(Arbitraries.of(entries), Arbitraries.of(CODES))
                .as((entry, code) -> {
                    Map<String, Object> values = new java.util.HashMap<>(table.examples());
                    values.put("code", code);
                    return entry.render(0, values);
                });
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, rendered),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(sampleLines)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("0000000000 [app] INFO: hello from the application")));
        // Device time mostly grows; now and then it falls back (a device reset ends the attempt in progress).
        Arbitrary<Integer> step = Arbitraries.frequency(net.jqwik.api.Tuple.of(20, 10), net.jqwik.api.Tuple.of(1, -5000));
        return Combinators.combine(line, step).as(DiagnoserSkipTest::withStep).list().ofMaxSize(80)
                .map(DiagnoserSkipTest::stamp);
    }

    private record Step(String line, int millis) {
    }

    private static Step withStep(String line, int millis) {
        return new Step(line, millis);
    }

    /** Gives each line a device time (replacing the rendered one) and joins them with CR LF. */
    private static String stamp(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        long t = 10_000;
        for (Step s : steps) {
            t = Math.max(0, t + s.millis());
            String line = s.line();
            if (line.length() > 10 && line.substring(0, 10).chars().allMatch(Character::isDigit)) {
                line = String.format("%010d", t) + line.substring(10);
            }
            sb.append(line).append("\r\n");
        }
        return sb.toString();
    }

    /** Every diagnosis published, in order, by a tracker and diagnoser fed the records a plain engine reads. */
    private static List<Finding> diagnoses(byte[] log, boolean skip) {
        LogTables tables = LogTables.standard();
        Recorder read = Recorder.run(r -> new LogEngine(r, tables), log);
        List<Finding> published = new ArrayList<>();
        Diagnoser diagnoser = new Diagnoser(tables.rules(), published::add, skip);
        HandshakeTracker tracker = new HandshakeTracker(tables.lines(), tables.formats(), diagnoser::evaluate);
        read.records.forEach(tracker::accept);
        tracker.finish();
        if (!read.records.isEmpty() && !tracker.sawConnectionLine()) { // as LogEngine.finish
            diagnoser.endOfLog(java.util.Set.of(LogFacts.NO_CONNECTION_LINES), List.of(read.records.get(0).line()));
        }
        if (skip) {
            assertThat(published).as("the engine's own diagnoser").isEqualTo(read.diagnoses);
        }
        return published;
    }
}

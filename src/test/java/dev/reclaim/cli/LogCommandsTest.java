package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.P1Log;
import dev.reclaim.Waits;
import dev.reclaim.link.SerialLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.link.SocatPtyPair;
import dev.reclaim.log.AttemptCollector;
import dev.reclaim.log.RetryLogs;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogCommandsTest {
    private static final String FIXTURE = P1Log.RESOURCE;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = ReclaimCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path fixture(Path dir) throws Exception {
        Path p = dir.resolve("p1.log");
        try (InputStream in = LogCommandsTest.class.getResourceAsStream(FIXTURE)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void analyzePrintsTheTimelineAndTheDiagnosesWithTheirFix(@TempDir Path dir) throws Exception {
        Run r = run("log", "analyze", fixture(dir).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("p1.log: 16 lines, 16 records, 1 connection attempt",
                "Firmware: Device OS 0.6.x to 0.7.x, legacy SparkProtocol",
                "Attempt 1, line 1 at 5.346 s: FAILED at receive key, code -19",
                "receive key                 264 ms  FAILED",
                "Code -19 (WICED_CONNECTION_CLOSED): the cloud closed the connection",
                "WARNING  server_address_blank", "ERROR    cloud_closed_during_key_exchange",
                "Fix:", "Wizard: recover-keys, or the command: reclaim recover --via SPEC");
        assertThat(r.out()).doesNotContainIgnoringCase("Recover keys wizard");
    }

    @Test
    void analyzeJsonFollowsTheContractExactly(@TempDir Path dir) throws Exception {
        Run r = run("log", "analyze", "--json", fixture(dir).toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(fields(doc)).containsExactly("lines", "records", "attempts", "diagnoses", "outcomes");
        assertThat(doc.get("outcomes").toString()).isEqualTo("{\"failed\":1}");
        assertThat(doc.get("lines").asInt()).isEqualTo(16);
        assertThat(doc.get("records").asInt()).isEqualTo(16);
        JsonNode attempt = doc.get("attempts").get(0);
        assertThat(doc.get("attempts")).hasSize(1);
        assertThat(fields(attempt)).containsExactly("line", "outcome", "failedStage", "code", "stages");
        assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
        assertThat(attempt.get("failedStage").asText()).isEqualTo("receive-key");
        assertThat(attempt.get("code").asInt()).isEqualTo(-19);
        JsonNode lastStage = attempt.get("stages").get(attempt.get("stages").size() - 1);
        assertThat(lastStage.toString()).isEqualTo("{\"stage\":\"receive-key\",\"line\":11,\"ms\":264,\"status\":\"failed\"}");
        JsonNode diagnoses = doc.get("diagnoses");
        assertThat(diagnoses).hasSize(2);
        assertThat(fields(diagnoses.get(0))).containsExactly("id", "severity", "lines", "cause", "fix");
        assertThat(diagnoses.get(0).get("id").asText()).isEqualTo("server_address_blank");
        assertThat(diagnoses.get(1).get("id").asText()).isEqualTo("cloud_closed_during_key_exchange");
        assertThat(diagnoses.get(1).get("severity").asText()).isEqualTo("error");
        assertThat(diagnoses.get(1).get("lines").toString()).isEqualTo("[12,13]");
    }

    /** Issue 13 item 8: a long log keeps its newest attempts, so a success at the end is reported. */
    @Test
    void aLongLogWhoseLastAttemptConnectedReportsTheSuccessAndWhatWasLeftOut(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("long.log");
        Files.writeString(log, RetryLogs.failuresThenASuccess(AttemptCollector.MAX_ATTEMPTS + 2));

        Run text = run("log", "analyze", log.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("10003 connection attempts", "Outcomes: 1 connected, 10002 failed",
                "attempts 1-3 left out", "Attempt 10003, line ");
        assertThat(text.out()).doesNotContain("Attempt 1, line ");

        JsonNode doc = JSON.readTree(run("log", "analyze", "--json", log.toString()).out());
        assertThat(fields(doc)).containsExactly("lines", "records", "attempts", "attemptsOmitted", "omittedRange",
                "diagnoses", "outcomes");
        assertThat(doc.get("attemptsOmitted").asInt()).isEqualTo(3);
        assertThat(doc.get("omittedRange").toString()).isEqualTo("[1,3]");
        assertThat(doc.get("outcomes").toString()).isEqualTo("{\"connected\":1,\"failed\":10002}");
        JsonNode attempts = doc.get("attempts");
        assertThat(attempts).hasSize(AttemptCollector.MAX_ATTEMPTS);
        assertThat(attempts.get(attempts.size() - 1).get("outcome").asText()).isEqualTo("connected");
    }

    @Test
    void severalFilesGiveOneJsonArrayNamingEachFile(@TempDir Path dir) throws Exception {
        Path a = fixture(dir);
        Path b = dir.resolve("empty.log");
        Files.writeString(b, "hello\n");
        Run r = run("log", "analyze", "--json", a.toString(), b.toString());
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.isArray()).isTrue();
        assertThat(doc.get(1).get("file").asText()).isEqualTo(b.toString());
        assertThat(doc.get(1).get("attempts")).isEmpty();
        assertThat(doc.get(0).get("diagnoses")).hasSize(2);
    }

    @Test
    void anUnreadableFileExitsWith2AndOneLine(@TempDir Path dir) {
        Run r = run("log", "analyze", "--json", dir.resolve("missing.log").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("reclaim: cannot read").contains("missing.log", "no such file")
                .doesNotContain("\n");
        Run d = run("log", "analyze", dir.toString());
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("is a directory");
    }

    @Test
    void followOnAMissingPortExitsWith2AndPrintsNothingOnStdout(@TempDir Path dir) {
        Run r = run("log", "follow", dir.resolve("ttyNONE").toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("reclaim: ").contains("ttyNONE").doesNotContain("\n");
    }

    @Test
    void followPrintsRecordsAndDiagnosesAndSurvivesThePortComingBack(@TempDir Path dir) throws Exception {
        List<String> log = lines();
        SocatPtyPair pair = SocatPtyPair.start(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread follower = new Thread(() -> {
            CommandLine cl = ReclaimCommand.newCommandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit.set(cl.execute("log", "follow", pair.a().toString(), "--json"));
        });
        follower.start();
        SocatPtyPair again = null;
        try {
            Waits.until("the port to open", () -> out.toString().contains("\"state\":\"open\""));
            try (SerialLink device = SerialLink.open(pair.b().toString(), SerialSettings.log(115200))) {
                send(device, log.subList(0, 5));
                Waits.until("5 records", () -> count(out.toString(), "\"event\":\"record\"") == 5);
                pair.close();
            }
            Waits.until("the loss", () -> out.toString().contains("\"state\":\"lost\""));
            again = SocatPtyPair.start(dir);
            Waits.until("the reconnection", () -> out.toString().contains("\"state\":\"reconnected\""));
            try (SerialLink device = SerialLink.open(again.b().toString(), SerialSettings.log(115200))) {
                send(device, log.subList(5, log.size()));
                Waits.until("the diagnosis", () -> out.toString().contains("cloud_closed_during_key_exchange"));
            }
        } finally {
            follower.interrupt();
            follower.join(3000);
            pair.close();
            if (again != null) {
                again.close();
            }
        }
        assertThat(exit.get()).isZero();
        JsonNode events = JSON.readTree(out.toString());
        List<String> kinds = new ArrayList<>();
        events.forEach(e -> kinds.add(e.get("event").asText()));
        assertThat(kinds).startsWith("port", "record").contains("attempt", "diagnosis");
        assertThat(count(out.toString(), "\"event\":\"record\"")).isEqualTo(log.size());
        List<Integer> lines = new ArrayList<>();
        events.forEach(e -> {
            if (e.get("event").asText().equals("record")) {
                lines.add(e.get("line").asInt());
            }
        });
        assertThat(lines).isSorted().hasSize(16).startsWith(1).endsWith(16);
    }

    private static List<String> lines() throws Exception {
        try (InputStream in = LogCommandsTest.class.getResourceAsStream(FIXTURE)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n"));
        }
    }

    @Test
    void theLedPatternAloneGivesItsDiagnosisForTheFirmware() throws Exception {
        Run r = run("log", "analyze", "--led", "blinking-cyan-1-orange", "--firmware", "1.5.2");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("Status LED: fast cyan, then 1 orange blink on Device OS 1.5.2",
                "led_blinking_cyan_1_orange: Session key could not be decrypted (DECRYPTION_ERROR 6)", "Fix:",
                "Wizard: recover-keys");

        JsonNode doc = JSON.readTree(run("log", "analyze", "--led", "blinking-cyan-1-orange", "--firmware", "2.3",
                "--json").out());
        assertThat(doc.at("/led/diagnoses/0/id").asText()).isEqualTo("led_blinking_cyan_1_orange");
        assertThat(doc.at("/led/diagnoses/0/severity").asText()).isEqualTo("warning");
    }

    @Test
    void aSilentLogAndItsLedPatternAreReadTogether(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "Event: Cloud status changed - Connecting\r\nEvent: Cloud status changed - Disconnected\r\n");
        Run r = run("log", "analyze", log.toString(), "--led", "blinking-cyan-1-red", "--firmware", "1.5");
        assertThat(r.out()).contains("INFO     no_connection_lines: The log shows no connection lines (line 1)",
                "Status LED: fast cyan, then 1 red blink", "led_blinking_cyan_1_red: Handshake failed");
    }

    @Test
    void aWrongPatternOrVersionIsAClearUserError() {
        Run unknown = run("log", "analyze", "--led", "purple");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("unknown LED pattern 'purple'", "blinking-cyan-1-red");
        Run badVersion = run("log", "analyze", "--led", "breathing-cyan", "--firmware", "new");
        assertThat(badVersion.err()).contains("--firmware 'new'", "MAJOR.MINOR");
        Run nothing = run("log", "analyze");
        assertThat(nothing.err()).contains("name a log file", "--led");
        assertThat(run("log", "analyze", "--led", "list").out()).contains("blinking-white-boot");
    }

    private static void send(SerialLink device, List<String> lines) throws Exception {
        for (String l : lines) {
            device.write((l + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

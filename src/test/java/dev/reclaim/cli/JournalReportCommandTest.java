package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.Journals;
import dev.reclaim.workflow.journal.PostgresTestServer;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code reclaim journal report} and {@code --journal} on the shared PostgreSQL journal and the default file. */
class JournalReportCommandTest {
    private static final String A = "32003a000b47343533383531";
    private static final String B = "3a0021000d47353136383631";
    private static final Instant T = Instant.parse("2025-06-02T09:00:00Z");

    @ReclaimHome
    Path home;

    private static JournalEntry run(String station, String device, int minute, StepOutcome registered,
                                    String outcome) {
        Instant t = T.plusSeconds(60L * minute);
        return new JournalEntry(0, UUID.randomUUID(), station, "tech", device, "recover-keys", t,
                Duration.ofSeconds(9), outcome, List.of(new StepRecord(1, "Register the public key", registered, t,
                        Duration.ofSeconds(1), registered == StepOutcome.OK ? "registered" : "HTTP 503, x")),
                List.of(), List.of(), "");
    }

    private void record(Optional<String> url, JournalEntry... entries) throws Exception {
        try (Journal journal = Journals.open(url, home)) {
            for (JournalEntry e : entries) {
                journal.record(e);
            }
        }
    }

    @Test
    void theSharedJournalsReportHasTheLinesFiguresAndItsCsvIsOwnerOnly() throws Exception {
        String url = PostgresTestServer.freshDatabase();
        record(Optional.of(url), run("bench-1", A, 0, StepOutcome.FAILED, "register_failed"),
                run("bench-2", A, 5, StepOutcome.OK, "handshake_completed"),
                run("bench-2", B, 6, StepOutcome.OK, "handshake_completed"));
        Path csv = home.resolve("shift.csv");

        CliRun json = CliRun.of("journal", "report", "--journal", url, "--since", "2025-06-02T00:00:00Z", "--json",
                "--csv", csv.toString());

        assertThat(json.exitCode()).as(json.err()).isZero();
        String password = url.replaceFirst(".*password=([^&]*).*", "$1");
        assertThat(json.out()).doesNotContain(password);
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("runs").asInt()).isEqualTo(3);
        assertThat(doc.get("passed").asInt()).isEqualTo(2);
        assertThat(doc.get("shifts")).hasSize(2);
        assertThat(doc.get("failures").get(0).get("failedStep").asText()).isEqualTo("Register the public key");
        assertThat(doc.get("failures").get(0).get("diagnosis").asText()).isEqualTo("register_failed");
        assertThat(doc.get("repeatedDevices").get(0).get("deviceId").asText()).isEqualTo(A);
        assertThat(doc.get("repeatedDevices").get(0).get("stations")).hasSize(2);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("id,started,device_id");
        assertThat(rows.get(1)).contains("bench-1", A, "register_failed", "Register the public key");
        assertThat(CliRun.of("journal", "report", "--journal", url, "--csv", csv.toString()).err())
                .contains("exists").contains("--force");

        CliRun text = CliRun.of("journal", "report", "--journal", url, "--since", "2025-06-02T00:00:00Z");
        assertThat(text.out()).contains("3 runs, 2 passed: yield 66.7 %").contains("Yield per shift and station")
                .contains("bench-2").contains("Devices touched more than once").contains(A)
                .doesNotContain(password);
        assertThat(CliRun.of("journal", "list", "--journal", url, "--device", B).out()).contains(B)
                .doesNotContain(A);
    }

    @Test
    void aWrongPasswordOrUnknownUrlIsOneLineWithoutThePassword() throws Exception {
        String url = PostgresTestServer.url().replaceFirst("password=[^&]*", "password=not-the-Secret-42");
        CliRun wrong = CliRun.of("journal", "report", "--journal", url);
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.PROBLEM);
        assertThat(wrong.err()).contains("shared journal").doesNotContain("not-the-Secret-42")
                .doesNotContain("\tat ");

        CliRun unknown = CliRun.of("journal", "list", "--journal", "mysql://line:hunter2@db/journal");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("postgresql://HOST").doesNotContain("hunter2");
    }

    @Test
    void theDefaultIsTheLocalFileAndSinceDefaultsToTodaysShift() throws Exception {
        record(Optional.empty(), run("bench-1", A, 0, StepOutcome.OK, "handshake_completed"));
        CliRun today = CliRun.of("journal", "report");
        assertThat(today.exitCode()).isZero();
        assertThat(today.out()).contains(home.resolve("journal.db").toString())
                .contains("0 runs");  // T is in the past: not today's shift
        assertThat(CliRun.of("journal", "report", "--since", "2025-06-01").out()).contains("1 runs, 1 passed");
        assertThat(CliRun.of("journal", "report", "--since", "yesterday").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}

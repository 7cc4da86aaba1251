package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.finding.WizardId;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code reclaim journal list} and {@code reclaim backup list} over a real journal file and backup store. */
class JournalAndBackupCommandsTest {
    private static final String A = "32003a000b47343533383531";
    private static final String B = "3a0021000d47353136383631";

    @ReclaimHome
    Path home;

    @Test
    void journalListPrintsEntriesAndFiltersByDevice() throws Exception {
        assertThat(CliRun.of("journal", "list").out()).contains("No journal entries yet.");
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        try (SqliteJournal journal = SqliteJournal.in(home)) {
            for (String device : List.of(A, B)) {
                WizardRecord run = new WizardRecord(WizardId.RECOVER_KEYS, t, Duration.ofSeconds(12), List.of(
                        new StepRecord(1, "Back up the DCT", StepOutcome.OK, t, Duration.ofMillis(1500), "saved")));
                journal.record(JournalEntry.of(run, device, "handshake_completed", List.of(), List.of(),
                        "cloud: connected"));
            }
        }
        CliRun text = CliRun.of("journal", "list", "--device", A.toUpperCase());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(A).contains("recover-keys").contains("handshake_completed")
                .contains("1. Back up the DCT").contains("witness: cloud: connected").doesNotContain(B);

        CliRun json = CliRun.of("journal", "list", "--json");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("entries")).hasSize(2);
        assertThat(doc.get("entries").get(0).get("steps").get(0).get("outcome").asText()).isEqualTo("ok");
        assertThat(doc.get("entries").get(0).get("operator").asText()).isEqualTo(System.getProperty("user.name"));
        try (SqliteJournal journal = SqliteJournal.in(home)) {
            List<String> stored = journal.list(java.util.Optional.empty()).stream()
                    .map(e -> e.runId().toString()).toList();
            List<String> printed = List.of(doc.get("entries").get(0).get("runId").asText(),
                    doc.get("entries").get(1).get("runId").asText());
            assertThat(printed).as("each run's own id, as the journal keeps it").isEqualTo(stored)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void backupListSaysWhenAndWhyEachBackupWasTaken() throws Exception {
        BackupStore store = new BackupStore(home, Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC));
        store.save(A, new byte[] {1, 2, 3}, "before recovering keys");
        store.save(A, new byte[] {4});
        store.save(B, new byte[] {5}, "before a claim cycle");

        CliRun all = CliRun.of("backup", "list", "--json");
        assertThat(all.exitCode()).isZero();
        JsonNode backups = new ObjectMapper().readTree(all.out()).get("backups");
        assertThat(backups).hasSize(3);

        CliRun one = CliRun.of("backup", "list", "--device", A, "--json");
        JsonNode mine = new ObjectMapper().readTree(one.out()).get("backups");
        assertThat(mine).hasSize(2);
        assertThat(mine.findValuesAsText("why")).containsExactlyInAnyOrder("before recovering keys",
                BackupStore.BEFORE_WRITE);
        assertThat(mine.findValuesAsText("takenAt")).containsOnly("2026-03-04T05:06:07Z");
        assertThat(mine.findValuesAsText("sha256"))
                .contains("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");

        assertThat(CliRun.of("backup", "list", "--device", B).out()).contains(B + "/20260304T050607Z")
                .contains("before a claim cycle");
    }

    @Test
    void aDeviceFilterThatIsNoDeviceIdIsAUsageError() {
        CliRun r = CliRun.of("backup", "list", "--device", "../etc");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not a device ID");
        assertThat(CliRun.of("journal", "list", "--device", "xyz").exitCode()).isEqualTo(2);
    }
}

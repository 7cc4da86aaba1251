package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.keys.RsaKeys;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract on the embedded SQLite file: migrations on a fresh file, round trips, filters. */
class SqliteJournalTest {
    private static final String DEVICE_A = "32003a000b47343533383531";
    private static final String DEVICE_B = "3a0021000d47353136383631";

    static JournalEntry entry(String deviceId, Instant started, String outcome) {
        String fingerprint = RsaKeys.generateDeviceKey().publicKey().fingerprint();
        return new JournalEntry(0, java.util.UUID.randomUUID(), "bench-1", "tech", deviceId, "recover-keys", started,
                Duration.ofMillis(8123),
                outcome, List.of(
                        new StepRecord(1, "Back up the DCT", StepOutcome.OK, started, Duration.ofMillis(900),
                                "32768 bytes saved"),
                        new StepRecord(2, "Register the public key", StepOutcome.FAILED, started.plusSeconds(1),
                                Duration.ofMillis(40), "The Particle Cloud failed (HTTP 503): retry in a moment.")),
                List.of(new JournalEntry.KeyFingerprint("new device key", fingerprint)),
                List.of(new JournalEntry.BackupReference(Path.of("/home/tech/.reclaim/backups/x-dct.bin"),
                        "ab".repeat(32))),
                "cloud: connected, last handshake after the reset");
    }

    @Test
    void aFreshFileIsMigratedOwnerOnlyAndEntriesRoundTrip(@TempDir Path home) throws Exception {
        Instant t = Instant.parse("2026-11-30T10:15:30.123Z");
        JournalEntry written = entry(DEVICE_A, t, "handshake_completed");
        long id;
        try (SqliteJournal journal = SqliteJournal.in(home.resolve("new-home"))) {
            id = journal.record(written);
            assertThat(id).isPositive();
        }
        Path file = home.resolve("new-home").resolve(SqliteJournal.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = db.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("1");
            assertThat(r.getBoolean(2)).isTrue();
        }
        // Reopening runs no migration again and reads back exactly what was written.
        try (SqliteJournal journal = SqliteJournal.in(home.resolve("new-home"))) {
            List<JournalEntry> all = journal.list(Optional.empty());
            assertThat(all).hasSize(1);
            JournalEntry read = all.get(0);
            assertThat(read.id()).isEqualTo(id);
            assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(written);
        }
    }

    @Test
    void aJournalFromBeforeRunIdsIsMigratedAndKeepsItsEntries(@TempDir Path home) throws Exception {
        Path file = home.resolve(SqliteJournal.FILE_NAME);
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null)
                .locations("classpath:dev/reclaim/workflow/journal/migration/sqlite").target("1").load().migrate();
        try (var db = DriverManager.getConnection(url)) {
            db.createStatement().executeUpdate("INSERT INTO journal_entry (station, operator, device_id, wizard,"
                    + " started_at, duration_ms, outcome, witness) VALUES ('bench-1', 'tech', '" + DEVICE_A + "',"
                    + " 'recover-keys', '2026-11-30T10:15:30.123Z', 8123, 'ok', '')");
        }
        try (SqliteJournal journal = SqliteJournal.open(file)) {
            JournalEntry old = journal.list(Optional.empty()).get(0);
            assertThat(old.started()).isEqualTo(Instant.parse("2026-11-30T10:15:30.123Z"));
            // Its run id is derived from its id: the same on every read.
            assertThat(journal.list(Optional.empty()).get(0).runId()).isEqualTo(old.runId());
            journal.record(entry(DEVICE_A, Instant.parse("2026-11-30T11:00:00Z"), "ok"));
            assertThat(journal.list(Optional.of(DEVICE_A))).hasSize(2);
        }
    }

    @Test
    void listingIsNewestFirstAndFiltersByDevice(@TempDir Path home) throws Exception {
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        try (Journal journal = SqliteJournal.in(home)) {
            journal.record(entry(DEVICE_A, t, "failed"));
            journal.record(entry(DEVICE_B, t.plusSeconds(60), "handshake_completed"));
            journal.record(entry(DEVICE_A, t.plusSeconds(120), "handshake_completed"));
            assertThat(journal.list(Optional.empty())).extracting(JournalEntry::started)
                    .containsExactly(t.plusSeconds(120), t.plusSeconds(60), t);
            assertThat(journal.list(Optional.of(DEVICE_A))).extracting(JournalEntry::outcome)
                    .containsExactly("handshake_completed", "failed");
            assertThat(journal.list(Optional.of(DEVICE_A.toUpperCase()))).hasSize(2);
            assertThat(journal.list(Optional.of("000000000000000000000000"))).isEmpty();
        }
    }

    @Test
    void keyMaterialCannotBeJournaledAndABrokenFileSaysWhatToDo(@TempDir Path home) throws Exception {
        assertThatThrownBy(() -> new JournalEntry.KeyFingerprint("device key", "-----BEGIN RSA PRIVATE KEY-----"))
                .hasMessageContaining("not key material");
        Path bad = home.resolve("journal.db");
        Files.writeString(bad, "this is not a database, it is a text file with enough bytes to look like one....");
        assertThatThrownBy(() -> SqliteJournal.open(bad)).isInstanceOf(JournalException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("check");
    }
}

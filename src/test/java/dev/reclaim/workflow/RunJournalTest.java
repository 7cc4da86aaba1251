package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {
    private static final String DEVICE = "32003a000b47343533383531";

    @Test
    void aRunIsFiledWithTheKeysByFingerprintTheBackupsBySha256AndTheWitness(@TempDir Path home) throws Exception {
        Path backup = home.resolve("b-dct.bin");
        Files.write(backup, new byte[] {1, 2, 3});
        RsaPublicKey key = RsaKeys.generateDeviceKey().publicKey();
        RunJournal.Facts facts = new RunJournal.Facts();
        facts.device(DEVICE);
        facts.key("new device key", key);
        facts.backup(backup);
        facts.witness("handshake completed 6.1 s after the reset, seen by the cloud");
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        WizardRecord run = new WizardRecord(WizardId.RECOVER_KEYS, t, Duration.ofSeconds(7), List.of(
                new StepRecord(1, "Identify the device", StepOutcome.OK, t, Duration.ofMillis(300), DEVICE)));

        long id = new RunJournal(() -> SqliteJournal.in(home)).record(run, "handshake_completed", facts);

        JournalEntry entry;
        try (SqliteJournal journal = SqliteJournal.in(home)) {
            entry = journal.list(Optional.of(DEVICE)).get(0);
        }
        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.operator()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.station()).isNotBlank();
        assertThat(entry.outcome()).isEqualTo("handshake_completed");
        assertThat(entry.keys()).containsExactly(new JournalEntry.KeyFingerprint("new device key",
                key.fingerprint()));
        assertThat(entry.backups()).containsExactly(new JournalEntry.BackupReference(backup,
                BackupStore.sha256(new byte[] {1, 2, 3})));
        assertThat(entry.witness()).contains("seen by the cloud");
    }
}

package dev.reclaim.workflow;

import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.journal.Journals;
import dev.reclaim.workflow.wizard.WizardRecord;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a finished wizard run in the journal: the run's steps, the device, the keys by fingerprint (never their
 * bytes), the backups by path and SHA-256, and the witness. Station and operator are this host and OS user. The
 * wizards collect what they touched in a {@link Facts} as they run, and hand it over at the end.
 */
public final class RunJournal {
    /** What a run touched, collected step by step (one per run; not thread-safe, as the runner is one thread). */
    public static final class Facts {
        private String deviceId = "";
        private final List<JournalEntry.KeyFingerprint> keys = new ArrayList<>();
        private final List<JournalEntry.BackupReference> backups = new ArrayList<>();
        private String witness = "";

        public void device(String id) {
            deviceId = id;
        }

        public String deviceId() {
            return deviceId;
        }

        /** @param role "old device key", "new device key", "registered", "server key" */
        public void key(String role, RsaPublicKey key) {
            keys.add(new JournalEntry.KeyFingerprint(role, key.fingerprint()));
        }

        /** A backup file the run took; its SHA-256 is computed from the file as it is on disk. */
        public void backup(Path file) throws IOException {
            backups.add(new JournalEntry.BackupReference(file, BackupStore.sha256(Files.readAllBytes(file))));
        }

        public void witness(String text) {
            witness = text;
        }
    }

    /** Opens the journal to write to; it is opened and closed for each run. */
    @FunctionalInterface
    public interface Opener {
        Journal open() throws JournalException;
    }

    private final Opener journal;
    private final Optional<String> station;

    public RunJournal(Opener journal) {
        this(journal, Optional.empty());
    }

    /** @param station the station the entries are filed under (a line's station id); empty: this host's name */
    public RunJournal(Opener journal, Optional<String> station) {
        this.journal = journal;
        this.station = station;
    }

    /** The journal {@code reclaim journal list} reads: the {@code RECLAIM_JOURNAL} setting, else {@code <RECLAIM_HOME>/journal.db}. */
    public static RunJournal standard() {
        return new RunJournal(() -> Journals.open(Optional.empty(), ReclaimHome.directory()));
    }

    /**
     * Writes the entry and returns its id.
     *
     * @param outcome the run's outcome id, e.g. "handshake_completed", "register_failed"
     * @throws JournalException when the journal cannot be opened or written
     */
    public long record(WizardRecord run, String outcome, Facts facts) throws JournalException {
        JournalEntry made = JournalEntry.of(run, facts.deviceId, outcome, facts.keys, facts.backups, facts.witness);
        JournalEntry entry = station.map(s -> new JournalEntry(made.id(), made.runId(), s, made.operator(),
                made.deviceId(), made.wizard(), made.started(), made.duration(), made.outcome(), made.steps(),
                made.keys(), made.backups(), made.witness())).orElse(made);
        try (Journal j = journal.open()) {
            return j.record(entry);
        }
    }
}

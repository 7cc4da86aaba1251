package dev.reclaim.workflow.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where every workflow run is recorded, one {@link JournalEntry} per run. The embedded SQLite journal is the
 * default ({@link SqliteJournal}); a line shares one PostgreSQL journal ({@link PostgresJournal}, behind an
 * {@link OutboxJournal}); {@link Journals#open} chooses from a URL.
 */
public interface Journal extends AutoCloseable {
    /**
     * Stores the entry and returns its id. Idempotent: an entry whose run id is recorded already is not stored again,
     * and the id it has is returned.
     */
    long record(JournalEntry entry) throws JournalException;

    /** Entries, newest first; only the device's when {@code deviceId} is given. */
    List<JournalEntry> list(Optional<String> deviceId) throws JournalException;

    /** Entries that started at or after {@code since}, oldest first (what a report reads). */
    List<JournalEntry> since(Instant since) throws JournalException;

    /**
     * Claims the device for a run on {@code station}: no other station can claim it until the returned claim is
     * closed (or its lease of {@code lease} lapses, when its station died holding it).
     *
     * @throws DeviceBusyException when another claim on the device is held
     */
    DeviceClaim claim(String deviceId, String station, java.time.Duration lease) throws JournalException;

    /** {@link #claim(String, String, java.time.Duration)} with the {@link DeviceClaim#DEFAULT_LEASE}. */
    default DeviceClaim claim(String deviceId, String station) throws JournalException {
        return claim(deviceId, station, DeviceClaim.DEFAULT_LEASE);
    }

    /** Entries recorded here that still wait to reach the shared journal (0 for a journal without an outbox). */
    default int waitingForUpload() throws JournalException {
        return 0;
    }

    /** What this journal is, for messages: a file, or a server URL with no password in it. */
    String describe();

    @Override
    void close() throws JournalException;
}

package dev.reclaim.workflow.journal;

import java.util.List;
import java.util.Optional;

/**
 * Where every workflow run is recorded, one {@link JournalEntry} per run. The embedded SQLite journal is the
 * default ({@link SqliteJournal}); a shared one (PostgreSQL) can implement the same interface without the
 * workflows changing.
 */
public interface Journal extends AutoCloseable {
    /** Stores the entry and returns its id. */
    long record(JournalEntry entry) throws JournalException;

    /** Entries, newest first; only the device's when {@code deviceId} is given. */
    List<JournalEntry> list(Optional<String> deviceId) throws JournalException;

    @Override
    void close() throws JournalException;
}

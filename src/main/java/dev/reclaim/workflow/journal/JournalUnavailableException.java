package dev.reclaim.workflow.journal;

/**
 * The shared journal's server could not be reached (down, restarting, no network): unlike a refused or malformed
 * write, trying again later can succeed, so a station records into its outbox meanwhile ({@link OutboxJournal}).
 */
public final class JournalUnavailableException extends JournalException {
    public JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

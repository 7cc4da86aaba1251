package dev.reclaim.workflow.journal;

/** The journal could not be opened, read or written; the message says which file and what to do. */
public final class JournalException extends Exception {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}

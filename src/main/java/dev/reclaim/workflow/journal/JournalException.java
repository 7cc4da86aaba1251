package dev.reclaim.workflow.journal;

/** The journal could not be opened, read or written; the message says which journal and what to do. */
public class JournalException extends Exception {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}

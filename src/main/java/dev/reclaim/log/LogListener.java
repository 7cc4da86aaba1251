package dev.reclaim.log;

import dev.reclaim.finding.Finding;

/**
 * Receives what a {@link LogEngine} finds, on the thread that feeds it, in log order. The engine keeps no records:
 * a consumer that wants them stores them (the GUI in a capped list, the analyzer only counts them).
 */
public interface LogListener {
    /** A new record (duplicates are reported through {@link #onRepeat} instead). */
    default void onRecord(LogRecord record) {
    }

    /** The record just published was printed again (two log handlers); {@code times} counts all copies so far. */
    default void onRepeat(LogRecord record, int times) {
    }

    /** An attempt began or changed; the latest snapshot with a given number replaces earlier ones. */
    default void onAttempt(Attempt attempt) {
    }

    /** A diagnosis was found or gained supporting lines; the latest with a given id replaces earlier ones. */
    default void onDiagnosis(Finding diagnosis) {
    }
}

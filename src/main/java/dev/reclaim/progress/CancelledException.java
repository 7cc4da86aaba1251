package dev.reclaim.progress;

/** A workflow stopped at a safe point because it was asked to; the message says what state it left. */
public class CancelledException extends Exception {
    public CancelledException(String message) {
        super(message);
    }
}

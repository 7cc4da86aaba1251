package dev.reclaim.keys;

/**
 * Bytes that are not the key they should be. The message says what was expected and what was found, in plain
 * words, and never contains key material.
 */
public class KeyFormatException extends Exception {
    public KeyFormatException(String message) {
        super(message);
    }
}

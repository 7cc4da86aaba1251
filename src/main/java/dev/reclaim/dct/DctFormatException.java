package dev.reclaim.dct;

/**
 * A file that is not a DCT image Reclaim can read. The message names what was wrong and what was expected, in
 * words a user can act on.
 */
public class DctFormatException extends Exception {
    public DctFormatException(String message) {
        super(message);
    }
}

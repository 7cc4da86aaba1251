package dev.reclaim.dct.codec;

/** A value given for a field that does not fit it. The message names the field, the value's problem and the fix. */
public class InvalidValueException extends Exception {
    public InvalidValueException(String message) {
        super(message);
    }
}

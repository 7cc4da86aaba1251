package dev.reclaim.flash.stlink;

import java.io.IOException;
import java.util.OptionalInt;

/** The ST-Link or the target behind it refused or failed a command; the message is written for the user. */
public class StLinkException extends IOException {
    private final OptionalInt status;

    public StLinkException(String message) {
        super(message);
        this.status = OptionalInt.empty();
    }

    public StLinkException(String message, int status) {
        super(message);
        this.status = OptionalInt.of(status & 0xFF);
    }

    /** The status byte the probe answered, when the failure came from one. */
    public OptionalInt status() {
        return status;
    }
}

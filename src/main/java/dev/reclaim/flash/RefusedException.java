package dev.reclaim.flash;

import java.io.IOException;

/** Reclaim declined to do something to a device because it would be unsafe; the message says why and what to do. */
public class RefusedException extends IOException {
    public RefusedException(String message) {
        super(message);
    }
}

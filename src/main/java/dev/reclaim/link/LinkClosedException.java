package dev.reclaim.link;

import java.io.IOException;

/** The other end of a link went away: cable pulled, USB re-enumerated, pty closed. */
public class LinkClosedException extends IOException {
    public LinkClosedException(String message) {
        super(message);
    }
}

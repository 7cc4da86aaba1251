package dev.reclaim.link;

import java.io.IOException;

/** A transfer did not complete in time; the device is still there but did not answer. */
public class LinkTimeoutException extends IOException {
    public LinkTimeoutException(String message) {
        super(message);
    }
}

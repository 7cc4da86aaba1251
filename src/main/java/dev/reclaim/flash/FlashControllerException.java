package dev.reclaim.flash;

import java.io.IOException;

/** The flash controller refused or failed an erase or program; the message names the SR error bits in words. */
public class FlashControllerException extends IOException {
    private final int status;

    public FlashControllerException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** FLASH_SR as read when the failure was seen. */
    int status() {
        return status;
    }
}

package dev.reclaim.flash.bootloader;

import java.io.IOException;

/** The STM32 bootloader did not do what was asked; the message names the command and the likely cause. */
public class BootloaderException extends IOException {
    /** How the exchange went wrong, which decides whether trying again can help. */
    public enum Kind {
        /** The bootloader answered NACK: a definite refusal (or a frame damaged on the wire). */
        NACK,
        /** No answer in time. */
        TIMEOUT,
        /** An answer that is neither ACK nor NACK: the two sides are out of step. */
        GARBAGE,
        /** The bootloader refused a memory command outright: read protection (RDP level 1) is on. */
        READ_PROTECTED,
        /** The line never goes quiet: something other than a bootloader (running firmware) is talking on it. */
        BUSY_LINE,
        /** The chip is not an STM32F2. */
        WRONG_CHIP
    }

    private final Kind kind;

    public BootloaderException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A timeout or garbage means lost sync: resynchronising and repeating an idempotent command can help. */
    public boolean lostSync() {
        return kind == Kind.TIMEOUT || kind == Kind.GARBAGE;
    }
}

package dev.reclaim.log;

import java.util.Locale;

/** Severity of a log record as Device OS prints it. Raw lines (app prints, AT traces) have {@link #NONE}. */
public enum Level {
    TRACE, INFO, WARN, ERROR, PANIC, NONE;

    /** The level of a name the formats' regexes already accepted, from its first letter (no allocation). */
    static Level ofName(char first) {
        return switch (first) {
            case 'I' -> INFO;
            case 'W' -> WARN;
            case 'E' -> ERROR;
            case 'P' -> PANIC;
            case 'T', 'L', 'D' -> TRACE;
            default -> NONE;
        };
    }

    /**
     * Reads a level as written by any Device OS generation. The pre-0.6 macros pad to five characters
     * ("INFO ", "LOG  ") and their LOG/DEBUG levels print as TRACE from 0.6 on, so they map to TRACE here too.
     */
    public static Level parse(String text) {
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "TRACE": case "LOG": case "DEBUG": case "ALL": return TRACE;
            case "INFO": return INFO;
            case "WARN": case "WARNING": return WARN;
            case "ERROR": return ERROR;
            case "PANIC": return PANIC;
            default: return NONE;
        }
    }
}

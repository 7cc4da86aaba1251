package dev.reclaim.log;

import java.util.Locale;

/** How a connection attempt ended. */
public enum Outcome {
    /** Still running (only seen live). */
    IN_PROGRESS,
    CONNECTED,
    FAILED,
    /** Ended without a result: the log stopped, the device reset, or a new attempt began. */
    INCOMPLETE;

    /** Made once: the JSON report asks for it on each of some 10,000 attempts. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** "connected", "failed", "incomplete", "in-progress". */
    public String id() {
        return id;
    }

    public static Outcome fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

package dev.reclaim.ui.log;

import java.util.Locale;

/** The levels a log line is coloured and filtered by; NONE is a line without a level (a banner, raw output). */
public enum LogLevel {
    TRACE, INFO, WARN, ERROR, PANIC, NONE;

    /** The style class of a row at this level, e.g. "log-warn". */
    public String styleClass() {
        return "log-" + name().toLowerCase(Locale.ROOT);
    }
}

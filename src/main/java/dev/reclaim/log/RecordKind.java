package dev.reclaim.log;

/** How much of a line the parser understood. */
public enum RecordKind {
    /** A complete Device OS log record: time or host stamp, level and message. */
    LOG,
    /** Starts like a Device OS record (its millisecond counter is read) but the rest was cut, e.g. by a reset. */
    PARTIAL,
    /** Anything else: application prints, AT-command traces, noise. Kept verbatim as the message. */
    RAW
}

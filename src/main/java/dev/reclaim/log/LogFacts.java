package dev.reclaim.log;

import java.util.Set;

/** Facts about a whole log, judged once at its end, that a diagnosis rule can name with {@code "log"}. */
final class LogFacts {
    /** The log has records but not one line of the handshake table (silent firmware, or only application output). */
    static final String NO_CONNECTION_LINES = "no-connection-lines";
    static final Set<String> ALL = Set.of(NO_CONNECTION_LINES);

    private LogFacts() {
    }
}

package dev.reclaim.log;

import java.util.List;

/**
 * A finding about the log, with the lines that prove it and what to do.
 *
 * @param id       stable id from diagnosis-rules.json, e.g. "cloud_closed_during_key_exchange"
 * @param lines    supporting line numbers, ascending (at most {@value Diagnoser#MAX_LINES})
 * @param attempts how many attempts showed it
 * @param wizard   the Reclaim wizard that fixes it ("recover-keys", "set-server"), or null
 */
public record Diagnosis(String id, String title, Severity severity, List<Long> lines, int attempts, String cause,
                        String fix, String wizard) {
}

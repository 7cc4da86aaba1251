package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A report's runs as CSV (RFC 4180), one row per run, for a spreadsheet: the figures of {@link JournalReport} are
 * pivots of these rows. A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
 */
public final class JournalCsv {
    private static final String HEADER = "run_id,started_utc,shift,station,operator,device_id,wizard,outcome,passed,"
            + "failed_step,seconds,witness";

    private JournalCsv() {
    }

    public static String of(List<JournalEntry> entries, ZoneId zone) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (JournalEntry e : entries) {
            row(csv, e.runId().toString(), e.started().toString(), JournalReport.shiftOf(e, zone).toString(),
                    e.station(), e.operator(), e.deviceId(), e.wizard(), e.outcome(), e.passed() ? "yes" : "no",
                    e.failedStep().map(StepRecord::title).orElse(""),
                    String.format(Locale.ROOT, "%.1f", e.duration().toMillis() / 1000.0), e.witness());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}

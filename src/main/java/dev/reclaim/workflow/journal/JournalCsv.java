package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Journal entries as CSV (RFC 4180, one row per run, steps in one cell), for a spreadsheet or a QA report. A cell
 * that a spreadsheet would run as a formula (it starts with = + - @) is written as text.
 */
public final class JournalCsv {
    static final List<String> HEADER = List.of("id", "started", "device_id", "wizard", "outcome", "seconds",
            "station", "operator", "witness", "steps", "keys", "backups");

    private JournalCsv() {
    }

    public static byte[] bytes(List<JournalEntry> entries) {
        return text(entries).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(List<JournalEntry> entries) {
        StringBuilder b = new StringBuilder(row(HEADER.stream()));
        for (JournalEntry e : entries) {
            b.append(row(Stream.of(String.valueOf(e.id()), e.started().toString(), e.deviceId(), e.wizard(),
                    e.outcome(), seconds(e.duration().toMillis()), e.station(), e.operator(), e.witness(),
                    e.steps().stream().map(JournalCsv::step).collect(Collectors.joining(" | ")),
                    e.keys().stream().map(k -> k.role() + "=" + k.fingerprint()).collect(Collectors.joining("; ")),
                    e.backups().stream().map(k -> k.path() + " sha256=" + k.sha256())
                            .collect(Collectors.joining("; ")))));
        }
        return b.toString();
    }

    private static String step(StepRecord s) {
        return s.number() + ". " + s.title() + ": " + s.outcome().id() + " " + seconds(s.duration().toMillis()) + " s"
                + (s.detail() == null || s.detail().isEmpty() ? "" : " (" + s.detail() + ")");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String row(Stream<String> cells) {
        return cells.map(JournalCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

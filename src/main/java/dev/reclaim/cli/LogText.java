package dev.reclaim.cli;

import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.CodeExplanation;
import dev.reclaim.log.ErrorCodes;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.Outcome;
import dev.reclaim.log.StageTiming;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Human output of the log commands: a timeline per attempt, then the diagnoses with cause and fix. */
final class LogText {
    private static final int WIDTH = 100;
    /** Beyond this many attempts only the first and last few are drawn in full. */
    private static final int SHOWN_AT_EACH_END = 10;

    private LogText() {
    }

    static void analysis(String name, LogAnalysis a, PrintWriter out) {
        List<Attempt> attempts = a.attempts();
        int total = a.attemptCount();
        out.printf(Locale.ROOT, "%s: %,d lines, %,d records, %d connection attempt%s%n", name, a.lines(),
                a.records(), total, total == 1 ? "" : "s");
        if (!attempts.isEmpty()) {
            out.println("Firmware: " + attempts.get(attempts.size() - 1).generation().describe());
            out.println(outcomeCounts(a));
        }
        if (a.attemptsOmitted() > 0) {
            out.printf(Locale.ROOT, "Only the last %d attempts are kept: attempts %d-%d left out (counted above)%n",
                    attempts.size(), a.firstOmitted(), a.lastOmitted());
        }
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.size() > 2 * SHOWN_AT_EACH_END && i == SHOWN_AT_EACH_END) {
                int skipped = attempts.size() - 2 * SHOWN_AT_EACH_END;
                out.printf(Locale.ROOT, "%n... %,d attempts not drawn ...%n", skipped);
                i = attempts.size() - SHOWN_AT_EACH_END - 1;
                continue;
            }
            out.println();
            timeline(attempts.get(i), out);
        }
        out.println();
        if (a.diagnoses().isEmpty()) {
            out.println("Diagnoses: none (no connection attempt in this log)");
        } else {
            out.println("Diagnoses");
            a.diagnoses().forEach(d -> diagnosis(d, out));
        }
    }

    private static String outcomeCounts(LogAnalysis a) {
        return "Outcomes: " + a.outcomes().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id())
                .collect(Collectors.joining(", "));
    }

    /** "Attempt 1, line 1 at 5.346 s: FAILED at receive key, code -19". */
    static String summary(Attempt a) {
        StringBuilder sb = new StringBuilder("Attempt ").append(a.number()).append(", line ").append(a.line());
        String at = a.deviceMillis() >= 0 ? seconds(a.deviceMillis()) : a.hostTime();
        if (at != null) {
            sb.append(" at ").append(at);
        }
        sb.append(": ").append(a.outcome().id().toUpperCase(Locale.ROOT));
        if (a.failedStage() != null) {
            sb.append(" at ").append(a.failedStage().label());
        }
        if (a.code() != null) {
            sb.append(", code ").append(a.code());
        }
        if (a.hasSignal("device-reset")) {
            sb.append(" (the device reset)");
        } else if (a.hasSignal("session-resumed") && a.outcome() == Outcome.CONNECTED) {
            sb.append(" (session resumed)");
        }
        return sb.toString();
    }

    static void timeline(Attempt a, PrintWriter out) {
        out.println(summary(a));
        if (!a.stages().isEmpty()) {
            out.printf(Locale.ROOT, "  %6s  %-11s  %-25s %8s  %s%n", "line", "time", "stage", "took", "result");
        }
        for (StageTiming s : a.stages()) {
            String time = s.startMillis() < 0 ? "" : a.deviceMillis() >= 0 ? seconds(s.startMillis())
                    : timeOfDay(s.startMillis());
            String took = s.millis() < 0 ? "" : s.millis() + " ms";
            out.printf(Locale.ROOT, "  %6d  %-11s  %-25s %8s  %s%n", s.line(), time, s.stage().label(), took,
                    s.status() == StageTiming.Status.FAILED ? "FAILED" : s.status().id());
        }
        CodeExplanation code = a.explainCode(ErrorCodes.standard());
        if (code != null) {
            wrap("Code ", code.describe(), "  ", out);
        }
    }

    static void diagnosis(Finding d, PrintWriter out) {
        String where = d.lines().isEmpty() ? "" : String.format(Locale.ROOT, " (line%s %s)",
                d.lines().size() == 1 ? "" : "s", d.lines().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  %-7s  %s: %s%s%n", d.severity().id().toUpperCase(Locale.ROOT), d.id(), d.title(),
                where);
        wrap("Cause: ", d.cause(), "           ", out);
        wrap("Fix:   ", d.fix(), "           ", out);
        d.wizard().ifPresent(w -> wrap("Wizard: ", FindingText.wizard(w), "           ", out));
    }

    /** The findings of a status-LED pattern, after the log's (or alone). */
    static void led(String says, String firmware, List<Finding> findings, PrintWriter out) {
        out.println("Status LED: " + says + (firmware == null ? " (firmware not given)" : " on Device OS " + firmware));
        if (findings.isEmpty()) {
            out.println("  This pattern does not occur on that firmware; check the pattern or the version.");
        }
        findings.forEach(d -> diagnosis(d, out));
    }

    /** Prints label + text wrapped at {@value #WIDTH} columns, continuation lines aligned under the text. */
    private static void wrap(String label, String text, String indent, PrintWriter out) {
        String continuation = indent + " ".repeat(label.length());
        StringBuilder line = new StringBuilder(indent).append(label);
        int start = line.length();
        for (String word : text.split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(continuation);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03d s", millis / 1000, millis % 1000);
    }

    private static String timeOfDay(long millis) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

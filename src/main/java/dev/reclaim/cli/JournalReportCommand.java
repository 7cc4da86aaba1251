package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalCsv;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.journal.JournalReport;
import dev.reclaim.workflow.journal.ReportSince;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reclaim journal report}: yield per shift and station, failures, devices touched more than once. */
@Command(name = "report", description = {"Report on the journal since a time: the yield per shift (a calendar day in"
        + " local time) and station, the failures by failed step and diagnosis, and the devices touched more than"
        + " once."})
final class JournalReportCommand implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "WHEN", description = "From this date (2026-11-30, local midnight), time"
            + " (2026-11-30T06:00:00+01:00) or this long ago (8h, 7d). Default: today's shift, from local midnight.")
    String since;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report's runs, one row each (as the"
            + " History window exports them), to FILE (owner-only).")
    Path csv;

    @Option(names = "--force", description = "Replace the --csv file if it exists.")
    boolean force;

    @Mixin
    JournalOption journal;

    @Spec
    CommandSpec spec;

    /** The clock the default and relative --since read; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        ZoneId zone = clock.getZone();
        Instant from = parseSince(since, clock);
        List<JournalEntry> entries;
        String source;
        try (Journal opened = journal.open()) {
            source = opened.describe();
            entries = opened.since(from);
        } catch (JournalException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        JournalReport report = JournalReport.of(entries, from, zone);
        if (csv != null) {
            writeCsv(JournalCsv.bytes(entries));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(report, source));
        } else {
            print(out, report, source);
        }
        return ExitCodes.OK;
    }

    static Instant parseSince(String text, Clock clock) {
        try {
            return ReportSince.parse(java.util.Optional.ofNullable(text), clock);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--since " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private void writeCsv(byte[] content) {
        try {
            OwnerOnlyFiles.write(csv, content, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(csv + " exists; choose another --csv or add --force to replace it");
        } catch (IOException e) {
            throw new UserFacingException("cannot write " + csv + ": " + e.getMessage());
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static void print(PrintWriter out, JournalReport r, String source) {
        out.printf("Journal %s since %s (shifts are calendar days, %s)%n", source,
                r.since().atZone(r.zone()).toLocalDateTime(), r.zone());
        out.printf("%d runs, %d passed: yield %s%n", r.runs(), r.passed(), percent(r.yield()));
        if (r.runs() == 0) {
            out.flush();
            return;
        }
        out.printf("%nYield per shift and station%n  %-10s  %-20s %5s %7s %8s%n", "shift", "station", "runs",
                "passed", "yield");
        for (JournalReport.ShiftYield s : r.shifts()) {
            out.printf("  %-10s  %-20s %5d %7d %8s%n", s.shift(), s.station(), s.runs(), s.passed(),
                    percent(s.yield()));
        }
        out.printf("%nFailures by failed step and diagnosis%n");
        if (r.failures().isEmpty()) {
            out.println("  none");
        }
        for (JournalReport.FailureCount f : r.failures()) {
            out.printf("  %4d  %-32s %-22s %s%n", f.count(), f.failedStep(), f.diagnosis(), f.example());
        }
        out.printf("%nDevices touched more than once%n");
        if (r.repeatedDevices().isEmpty()) {
            out.println("  none");
        }
        for (JournalReport.RepeatedDevice d : r.repeatedDevices()) {
            out.printf("  %s  %3d runs  %-24s last: %s%s%n", d.deviceId(), d.runs(), String.join(", ", d.stations()),
                    d.lastOutcome(), d.overlapped() ? "  (two runs overlapped: worked on offline)" : "");
        }
        out.flush();
    }

    private static ObjectNode toJson(JournalReport r, String source) {
        ObjectNode doc = Json.object().put("journal", source).put("since", r.since().toString())
                .put("zone", r.zone().getId()).put("runs", r.runs()).put("passed", r.passed())
                .put("yield", r.yield());
        ArrayNode shifts = doc.putArray("shifts");
        r.shifts().forEach(s -> shifts.addObject().put("shift", s.shift().toString()).put("station", s.station())
                .put("runs", s.runs()).put("passed", s.passed()).put("yield", s.yield()));
        ArrayNode failures = doc.putArray("failures");
        r.failures().forEach(f -> failures.addObject().put("failedStep", f.failedStep())
                .put("diagnosis", f.diagnosis()).put("count", f.count()).put("example", f.example()));
        ArrayNode repeated = doc.putArray("repeatedDevices");
        r.repeatedDevices().forEach(d -> {
            ObjectNode n = repeated.addObject().put("deviceId", d.deviceId()).put("runs", d.runs())
                    .put("lastOutcome", d.lastOutcome()).put("overlapped", d.overlapped());
            d.stations().forEach(n.putArray("stations")::add);
        });
        return doc;
    }
}

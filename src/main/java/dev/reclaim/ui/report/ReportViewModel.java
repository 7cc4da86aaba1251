package dev.reclaim.ui.report;

import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalCsv;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.JournalReport;
import dev.reclaim.workflow.journal.ReportSince;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal's report, as {@code reclaim journal report} prints it: since a chosen time, the yield per shift and
 * station, the failures by failed step and diagnosis, the devices touched more than once; the report's runs export
 * as CSV (owner-only), as the CLI's {@code --csv} writes them.
 */
public final class ReportViewModel {
    /**
     * A choice of where the report starts.
     *
     * @param since what {@code --since} would say; empty: today's shift, from local midnight
     */
    public record Period(String label, Optional<String> since) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<Period> PERIODS = List.of(new Period("Today's shift", Optional.empty()),
            new Period("Last 8 hours", Optional.of("8h")), new Period("Last 24 hours", Optional.of("24h")),
            new Period("Last 7 days", Optional.of("7d")), new Period("Last 30 days", Optional.of("30d")),
            new Period("Last 365 days", Optional.of("365d")));

    private final Operations ops;
    private final RunJournal.Opener journal;
    private final Clock clock;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", PERIODS.get(0));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<JournalReport.ShiftYield> shifts = FXCollections.observableArrayList();
    private final ObservableList<JournalReport.FailureCount> failures = FXCollections.observableArrayList();
    private final ObservableList<JournalReport.RepeatedDevice> repeated = FXCollections.observableArrayList();
    private List<JournalEntry> runs = List.of();

    /** @param clock the report's time zone (shifts are its calendar days) and "now" for the choices */
    public ReportViewModel(Operations ops, RunJournal.Opener journal, Clock clock) {
        this.ops = ops;
        this.journal = journal;
        this.clock = clock;
        period.addListener((o, was, now) -> load());
    }

    private record Loaded(String source, List<JournalEntry> entries, JournalReport report) {
    }

    /** Reads the journal again, since the chosen time. */
    public void load() {
        Period p = period.get() == null ? PERIODS.get(0) : period.get();
        ops.job("report on the journal", progress -> {
            Instant from = ReportSince.parse(p.since(), clock);
            try (Journal j = journal.open()) {
                List<JournalEntry> entries = j.since(from);
                return new Loaded(j.describe(), entries, JournalReport.of(entries, from, clock.getZone()));
            }
        }).onSuccess(l -> {
            runs = l.entries();
            JournalReport r = l.report();
            summary.set(String.format(Locale.ROOT, "Journal %s since %s (shifts are calendar days, %s): %d %s,"
                    + " %d passed, yield %s", l.source(), r.since().atZone(r.zone()).toLocalDateTime(), r.zone(),
                    r.runs(), r.runs() == 1 ? "run" : "runs", r.passed(), percent(r.yield())));
            shifts.setAll(r.shifts());
            failures.setAll(r.failures());
            repeated.setAll(r.repeatedDevices());
        }).start();
    }

    /** Writes the report's runs to {@code file} as CSV, one row each, readable by the owner only. */
    public void exportCsv(Path file) {
        List<JournalEntry> rows = runs;
        ops.job("export the report's runs to " + file.getFileName(), p -> {
            OwnerOnlyFiles.write(file, JournalCsv.bytes(rows), true);
            return rows.size();
        }).onSuccess(n -> ops.note(n + (n == 1 ? " run" : " runs") + " exported to " + file)).start();
    }

    /** "91.7 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** The journal, the start, the runs, the passes and the yield in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Per shift (oldest first), then station. */
    public ObservableList<JournalReport.ShiftYield> shifts() {
        return shifts;
    }

    /** Most frequent first. */
    public ObservableList<JournalReport.FailureCount> failures() {
        return failures;
    }

    /** Most runs first. */
    public ObservableList<JournalReport.RepeatedDevice> repeatedDevices() {
        return repeated;
    }
}

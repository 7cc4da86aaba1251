package dev.reclaim.ui.history;

import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalCsv;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The journal's history of wizard runs: every entry newest first, read off the FX thread, narrowed as the user types
 * part of a device ID, the selected run's steps, and the entries shown exported as CSV (owner-only).
 */
public final class HistoryViewModel {
    private final Operations ops;
    private final RunJournal.Opener journal;
    private final ObservableList<JournalEntry> all = FXCollections.observableArrayList();
    private final FilteredList<JournalEntry> shown = new FilteredList<>(all);
    private final StringProperty deviceFilter = new SimpleStringProperty(this, "deviceFilter", "");
    private final ObjectProperty<JournalEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<StepRecord> steps = FXCollections.observableArrayList();

    public HistoryViewModel(Operations ops, RunJournal.Opener journal) {
        this.ops = ops;
        this.journal = journal;
        deviceFilter.addListener((o, was, now) -> {
            String part = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(part.isEmpty() ? null
                    : e -> e.deviceId() != null && e.deviceId().toLowerCase(Locale.ROOT).contains(part));
        });
        selected.addListener((o, was, now) -> steps.setAll(now == null ? List.of() : now.steps()));
    }

    /** Reads the journal again. */
    public void load() {
        ops.job("read the journal", p -> {
            try (Journal j = journal.open()) {
                return j.list(Optional.empty());
            }
        }).onSuccess(entries -> {
            JournalEntry was = selected.get();
            all.setAll(entries);
            selected.set(was == null ? null : entries.stream().filter(e -> e.id() == was.id()).findFirst()
                    .orElse(null));
        }).start();
    }

    /** Writes the entries shown (the filter applied) to {@code file} as CSV, readable by the owner only. */
    public void exportCsv(Path file) {
        List<JournalEntry> rows = List.copyOf(shown);
        ops.job("export the history to " + file.getFileName(), p -> {
            OwnerOnlyFiles.write(file, JournalCsv.bytes(rows), true);
            return rows.size();
        }).onSuccess(n -> ops.note(n + (n == 1 ? " run" : " runs") + " exported to " + file)).start();
    }

    /** The runs shown, newest first. */
    public ObservableList<JournalEntry> entries() {
        return shown;
    }

    /** Part of a device ID, any case; empty shows every run. */
    public StringProperty deviceFilterProperty() {
        return deviceFilter;
    }

    public ObjectProperty<JournalEntry> selectedProperty() {
        return selected;
    }

    /** The selected run's steps. */
    public ObservableList<StepRecord> steps() {
        return steps;
    }

    /** The selected run's witness, keys (by fingerprint) and backups, one per line. */
    public String details(JournalEntry e) {
        if (e == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("Witness: ").append(e.witness().isEmpty() ? "none" : e.witness());
        e.keys().forEach(k -> b.append("\nKey ").append(k.role()).append(": ").append(k.fingerprint()));
        e.backups().forEach(k -> b.append("\nBackup ").append(k.path()).append(" (sha256 ").append(k.sha256())
                .append(')'));
        return b.toString();
    }
}

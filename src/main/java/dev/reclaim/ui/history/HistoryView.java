package dev.reclaim.ui.history;

import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.wizard.StepRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The journal's runs in a table (time, device ID, wizard, outcome, station, operator), a device-ID filter, the
 * selected run's steps below with its witness, keys and backups, and an export to CSV.
 */
public final class HistoryView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** @param showReport opens the journal's report */
    public HistoryView(HistoryViewModel vm, FileDialogs dialogs, Runnable showReport) {
        setId("history");
        TextField filter = new TextField();
        filter.setId("history-filter");
        filter.setPromptText("Device ID (part of it)");
        filter.textProperty().bindBidirectional(vm.deviceFilterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("history-refresh");
        refresh.setOnAction(e -> vm.load());
        Button export = new Button("Export CSV…");
        export.setId("history-export");
        export.setOnAction(e -> dialogs.save("Export the history as CSV", "reclaim-history.csv",
                List.of(new FileChooser.ExtensionFilter("CSV files", "*.csv"))).ifPresent(vm::exportCsv));
        Button report = new Button("Report…");
        report.setId("history-report");
        report.setOnAction(e -> showReport.run());
        HBox bar = new HBox(8, new Label("Filter:"), filter, refresh, export, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));

        TableView<JournalEntry> runs = new TableView<>(vm.entries());
        runs.setId("history-table");
        runs.setPlaceholder(new Label("No wizard runs in the journal yet."));
        runs.getColumns().add(column("Time", 150, e -> TIME.format(e.started())));
        runs.getColumns().add(column("Device ID", 210, JournalEntry::deviceId));
        runs.getColumns().add(column("Wizard", 110, JournalEntry::wizard));
        runs.getColumns().add(column("Outcome", 150, JournalEntry::outcome));
        runs.getColumns().add(column("Seconds", 70, e -> seconds(e.duration().toMillis())));
        runs.getColumns().add(column("Station", 110, JournalEntry::station));
        runs.getColumns().add(column("Operator", 90, JournalEntry::operator));
        runs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (runs.getSelectionModel().getSelectedItem() != now) {
                runs.getSelectionModel().select(now);
            }
        });

        TableView<StepRecord> steps = new TableView<>(vm.steps());
        steps.setId("history-steps");
        steps.setPlaceholder(new Label("Select a run to see its steps."));
        steps.getColumns().add(stepColumn("No.", 40, s -> String.valueOf(s.number())));
        steps.getColumns().add(stepColumn("Step", 200, StepRecord::title));
        steps.getColumns().add(stepColumn("Outcome", 80, s -> s.outcome().id()));
        steps.getColumns().add(stepColumn("Seconds", 70, s -> seconds(s.duration().toMillis())));
        steps.getColumns().add(stepColumn("Detail", 420, StepRecord::detail));
        Label details = new Label();
        details.setId("history-details");
        details.setWrapText(true);
        details.textProperty().bind(vm.selectedProperty().map(vm::details).orElse(""));
        VBox lower = new VBox(6, steps, details);
        VBox.setVgrow(steps, Priority.ALWAYS);

        SplitPane split = new SplitPane(runs, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(bar);
        setCenter(split);
        setPadding(new Insets(12));
    }

    private static TableColumn<JournalEntry, String> column(String name, double width,
                                                            Function<JournalEntry, String> value) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<StepRecord, String> stepColumn(String name, double width,
                                                             Function<StepRecord, String> value) {
        TableColumn<StepRecord, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}

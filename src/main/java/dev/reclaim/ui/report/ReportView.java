package dev.reclaim.ui.report;

import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.workflow.journal.JournalReport;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The journal's report: since when (a choice), the yield per shift and station, the failures by failed step and
 * diagnosis, the devices touched more than once, and an export of its runs to CSV. Binds only.
 */
public final class ReportView extends BorderPane {
    public ReportView(ReportViewModel vm, FileDialogs dialogs) {
        setId("report");
        ComboBox<ReportViewModel.Period> since = new ComboBox<>(
                FXCollections.observableArrayList(ReportViewModel.PERIODS));
        since.setId("report-since");
        since.valueProperty().bindBidirectional(vm.periodProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("report-refresh");
        refresh.setOnAction(e -> vm.load());
        Button export = new Button("Export runs as CSV…");
        export.setId("report-export");
        export.setOnAction(e -> dialogs.save("Export the report's runs as CSV", "reclaim-report.csv",
                List.of(new FileChooser.ExtensionFilter("CSV files", "*.csv"))).ifPresent(vm::exportCsv));
        HBox bar = new HBox(8, new Label("Since:"), since, refresh, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        TableView<JournalReport.ShiftYield> shifts = table("report-shifts", vm.shifts(), "No runs in this period.");
        shifts.getColumns().add(column("Shift", 110, s -> s.shift().toString()));
        shifts.getColumns().add(column("Station", 180, JournalReport.ShiftYield::station));
        shifts.getColumns().add(column("Runs", 70, s -> String.valueOf(s.runs())));
        shifts.getColumns().add(column("Passed", 70, s -> String.valueOf(s.passed())));
        shifts.getColumns().add(column("Yield", 80, s -> ReportViewModel.percent(s.yield())));

        TableView<JournalReport.FailureCount> failures = table("report-failures", vm.failures(), "No failures.");
        failures.getColumns().add(column("Count", 60, f -> String.valueOf(f.count())));
        failures.getColumns().add(column("Failed step", 200, JournalReport.FailureCount::failedStep));
        failures.getColumns().add(column("Diagnosis", 170, JournalReport.FailureCount::diagnosis));
        failures.getColumns().add(column("Last seen as", 420, JournalReport.FailureCount::example));

        TableView<JournalReport.RepeatedDevice> repeated = table("report-repeated", vm.repeatedDevices(),
                "No device was worked on more than once.");
        repeated.getColumns().add(column("Device ID", 220, JournalReport.RepeatedDevice::deviceId));
        repeated.getColumns().add(column("Runs", 60, d -> String.valueOf(d.runs())));
        repeated.getColumns().add(column("Stations", 200, d -> String.join(", ", d.stations())));
        repeated.getColumns().add(column("Last outcome", 170, JournalReport.RepeatedDevice::lastOutcome));
        repeated.getColumns().add(column("Note", 260,
                d -> d.overlapped() ? "two runs overlapped: worked on offline" : ""));

        VBox body = new VBox(6, summary, heading("Yield per shift and station"), shifts,
                heading("Failures by failed step and diagnosis"), failures,
                heading("Devices touched more than once"), repeated);
        VBox.setVgrow(shifts, Priority.ALWAYS);
        VBox.setVgrow(failures, Priority.ALWAYS);
        VBox.setVgrow(repeated, Priority.ALWAYS);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
        setTop(bar);
        setCenter(body);
        setPadding(new Insets(12));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static <T> TableView<T> table(String id, ObservableList<T> rows, String empty) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.setPlaceholder(new Label(empty));
        t.setPrefHeight(140);
        return t;
    }

    private static <T> TableColumn<T, String> column(String name, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}

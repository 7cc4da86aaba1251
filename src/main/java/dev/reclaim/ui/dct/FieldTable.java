package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.FieldStatus;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The fields of the copy on show: name, offset, address, size, decoded value and status, filterable by name. */
final class FieldTable extends VBox {
    private final TableView<FieldRow> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();

    FieldTable(DctEditorViewModel vm) {
        setSpacing(4);
        filter.setId("field-filter");
        filter.setPromptText("Find a field…");
        FilteredList<FieldRow> shown = new FilteredList<>(vm.fields());
        filter.textProperty().addListener((o, a, text) -> {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(t.isEmpty() ? null : r -> r.name().contains(t)
                    || r.field().description().toLowerCase(Locale.ROOT).contains(t));
        });

        table.setId("field-table");
        table.setItems(shown);
        table.setPlaceholder(new Label("No fields: open a DCT, or no copy is valid (see the checks)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Field", 150, r -> r.name()));
        table.getColumns().add(column("Offset", 60, r -> String.format("0x%04X", r.field().offset())));
        table.getColumns().add(column("Size", 46, r -> Integer.toString(r.field().size())));
        TableColumn<FieldRow, FieldRow> status = new TableColumn<>("Status");
        status.setPrefWidth(70);
        status.setMinWidth(70);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("Value", 260, FieldRow::value));
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != vm.selectedProperty().get()) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        getChildren().addAll(filter, table);
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private static TableColumn<FieldRow, String> column(String title, double width,
                                                        java.util.function.Function<FieldRow, String> value) {
        TableColumn<FieldRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 64));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** The status as a coloured badge: ok, blank, invalid, absent. */
    private static final class StatusCell extends TableCell<FieldRow, FieldRow> {
        private final Label badge = new Label();

        StatusCell() {
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(FieldRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            FieldStatus s = row.status();
            badge.setText(s.id());
            badge.getStyleClass().setAll("label", "badge", switch (s) {
                case OK -> "ok";
                case BLANK -> "muted";
                case INVALID -> "error";
                case ABSENT -> "warn";
            });
            setGraphic(badge);
        }
    }
}

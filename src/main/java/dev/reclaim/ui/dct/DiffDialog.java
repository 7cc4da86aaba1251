package dev.reclaim.ui.dct;

import dev.reclaim.dct.DctDiff;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Shows what differs between two DCTs: the fields with their values on each side, and raw system ranges. */
final class DiffDialog {
    private DiffDialog() {
    }

    static Dialog<Void> of(Window owner, String title, DctDiff diff) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(title);
        d.setHeaderText(diff.isEmpty() ? "No differences." : diff.fields().size() + " fields and " + diff.raw().size()
                + " system ranges differ.");
        TableView<DctDiff.FieldChange> fields = new TableView<>();
        fields.setId("diff-fields");
        fields.getItems().setAll(diff.fields());
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fields.getColumns().add(column("Field", 160, c -> c.field().name()));
        fields.getColumns().add(column(diff.left(), 320, c -> c.before().text()));
        fields.getColumns().add(column(diff.right(), 320, c -> c.after().text()));
        fields.setPrefHeight(Math.min(420, 60 + 26 * diff.fields().size()));
        VBox box = new VBox(8, new Label("Left: " + diff.left() + "\nRight: " + diff.right()), fields);
        if (!diff.raw().isEmpty()) {
            StringBuilder sb = new StringBuilder("Outside the application DCT:");
            diff.raw().forEach(r -> sb.append(String.format("%n  %s at sector offset 0x%04X, %d bytes", r.section(),
                    r.offset(), r.length())));
            box.getChildren().add(new Label(sb.toString()));
        }
        box.setPrefWidth(860);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }

    private static TableColumn<DctDiff.FieldChange, String> column(String title, double width,
            java.util.function.Function<DctDiff.FieldChange, String> value) {
        TableColumn<DctDiff.FieldChange, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

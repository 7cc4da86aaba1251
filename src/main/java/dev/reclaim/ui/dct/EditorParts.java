package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.Tips;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Pieces the field editors share: the label/value grid, a row of buttons, the Erase button. */
final class EditorParts {
    private EditorParts() {
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, values);
        return g;
    }

    static HBox buttons(Node... nodes) {
        HBox b = new HBox(6, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    static Button erase(FieldRow row, FieldEditorModel model) {
        Button b = new Button("Erase");
        Tips.on(b, "Set every byte of " + row.name() + " to 0xFF (blank)");
        b.setOnAction(e -> model.erase(row.name()));
        return b;
    }

    static Button apply(String id, Runnable action) {
        Button b = new Button("Apply");
        b.setId(id);
        b.setDefaultButton(true);
        b.setOnAction(e -> action.run());
        return b;
    }
}

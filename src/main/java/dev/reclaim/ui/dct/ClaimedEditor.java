package dev.reclaim.ui.dct;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** The claimed flag as a check box; each click is one edit. */
final class ClaimedEditor extends VBox {

    ClaimedEditor(FieldRow row, FieldEditorModel model) {
        CheckBox box = new CheckBox("Claimed by an account");
        box.setId("claimed-box");
        box.setSelected(Boolean.TRUE.equals(row.decoded().value()));
        box.setOnAction(e -> model.setClaimed(row.name(), box.isSelected()));
        getChildren().add(box);
    }
}

package dev.reclaim.ui.dct;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * An integer field: a number (decimal or 0x hex) or one of the named values the layout gives, offered in a list
 * that shows each value with its name.
 */
final class NumberEditor extends VBox {

    NumberEditor(FieldRow row, FieldEditorModel model) {
        super(6);
        ComboBox<String> value = new ComboBox<>();
        value.setId("field-named-value");
        value.setEditable(true);
        value.getItems().setAll(row.field().values().keySet());
        value.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty || key == null ? null : key + " — " + row.field().values().get(key));
            }
        });
        value.setPromptText(model.valueSyntax(row.field()));
        value.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(value, EditorParts.buttons(
                EditorParts.apply("field-number-apply", () -> model.setValue(row.name(), value.getEditor().getText())),
                EditorParts.erase(row, model)));
    }
}

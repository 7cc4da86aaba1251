package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.FieldStatus;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A value typed in the field's own text form — text, a device ID, a product ID and version — parsed by the field's
 * codec; the prompt is what the codec accepts.
 */
final class TextEditor extends VBox {

    TextEditor(FieldRow row, FieldEditorModel model) {
        super(6);
        TextField value = new TextField(row.status() == FieldStatus.OK && row.decoded().value() instanceof String s
                ? s : "");
        value.setId("field-text");
        value.setPromptText(model.valueSyntax(row.field()));
        getChildren().addAll(value, EditorParts.buttons(
                EditorParts.apply("field-apply", () -> model.setValue(row.name(), value.getText())),
                EditorParts.erase(row, model)));
    }
}

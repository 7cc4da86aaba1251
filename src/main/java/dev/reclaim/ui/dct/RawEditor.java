package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.FieldStatus;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Bytes without a typed meaning, as hex: exactly the bytes given are written from the field's first byte on. A
 * secret field (a credential) never shows what it holds.
 */
final class RawEditor extends VBox {

    RawEditor(FieldRow row, FieldEditorModel model, boolean secret) {
        super(6);
        boolean show = !secret && row.status() == FieldStatus.OK && row.decoded().value() instanceof String;
        TextField hex = new TextField(show ? (String) row.decoded().value() : "");
        hex.setId("field-hex");
        hex.setPromptText((secret ? "hidden; " : "") + "new bytes in hex, e.g. 00 11 22");
        getChildren().addAll(hex, EditorParts.buttons(
                EditorParts.apply("field-hex-apply", () -> model.setRawHex(row.name(), hex.getText())),
                EditorParts.erase(row, model)));
    }
}

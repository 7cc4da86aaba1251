package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.FileDialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The selected field: what it is and holds, and the typed editor its codec type gets ({@link FieldEditorKind}).
 * Every change is one undoable step through the DCT engine; a value the engine refuses is explained under the
 * editor.
 */
final class FieldEditorPane extends VBox {
    private final FieldEditorModel model;
    private final FileDialogs dialogs;
    private final Label error = new Label();

    FieldEditorPane(DctEditorViewModel vm, FileDialogs dialogs) {
        this.model = vm.fieldEditor();
        this.dialogs = dialogs;
        setId("field-editor");
        getStyleClass().add("field-editor");
        setSpacing(6);
        setPadding(new Insets(8));
        error.setId("field-error");
        error.getStyleClass().add("warning-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        vm.selectedProperty().addListener((o, a, row) -> render(row));
        render(vm.selectedProperty().get());
    }

    private void render(FieldRow row) {
        model.clearError();
        getChildren().clear();
        if (row == null) {
            Label hint = new Label("Select a field in the table or click its bytes to see and edit it.");
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            getChildren().add(hint);
            return;
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("card-title");
        Label where = new Label(String.format("offset 0x%04X in the application DCT", row.field().offset())
                + (row.address() < 0 ? "" : String.format(" · address 0x%08X", row.address()))
                + " · " + row.field().size() + " bytes · " + row.status().id());
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        Label what = new Label(row.field().description());
        what.setWrapText(true);
        what.getStyleClass().add("muted");
        Label value = new Label(row.value());
        value.setId("field-value");
        value.setWrapText(true);
        // The editor comes before the description: the firmware's story of a field can be long, and the controls
        // must stay in view without scrolling.
        getChildren().addAll(name, where, value,
                FieldEditorKind.forType(row.field().type()).create(row, model, dialogs), error, what);
    }
}

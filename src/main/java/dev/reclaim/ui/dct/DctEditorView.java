package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.CanvasPalette;
import dev.reclaim.ui.hex.HexView;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The DCT editor: the hex view of the image with its fields overlaid. It binds to {@link DctEditorViewModel}. */
public final class DctEditorView extends BorderPane {
    private final HexView hex = new HexView();

    public DctEditorView(DctEditorViewModel vm) {
        getStyleClass().add("dct-editor");
        hex.setId("dct-hex");
        Label hint = new Label("Open a DCT file (Ctrl+O), drop one here, or read it from the device (Ctrl+R).");
        hint.getStyleClass().add("placeholder-text");
        StackPane empty = new StackPane(hint);
        empty.setPadding(new Insets(24));
        StackPane.setAlignment(hint, Pos.CENTER);
        setCenter(empty);
        vm.documentProperty().addListener((o, old, doc) -> {
            hex.setSource(doc);
            setCenter(doc == null ? empty : hex);
        });
        hex.historyProperty().bind(vm.historyProperty());
    }

    public HexView hexView() {
        return hex;
    }

    public ObjectProperty<CanvasPalette> paletteProperty() {
        return hex.paletteProperty();
    }
}

package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.codec.KeySummary;
import dev.reclaim.ui.common.FileDialogs;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A key slot: what the key is (size, fingerprint, known as), for the device's keys whether they belong together,
 * and importing a PEM or DER file. The engine decides what an import writes (a device private key also writes its
 * public half).
 */
final class KeyEditor extends VBox {
    private static final List<FileChooser.ExtensionFilter> KEY_FILES = List.of(
            new FileChooser.ExtensionFilter("Keys (PEM or DER)", "*.pem", "*.der", "*.key", "*.pub"),
            new FileChooser.ExtensionFilter("All files", "*"));

    private final FieldRow row;
    private final FieldEditorModel model;
    private final GridPane details = EditorParts.grid();
    private final HBox actions = EditorParts.buttons();

    private KeyEditor(FieldRow row, FieldEditorModel model) {
        super(6);
        this.row = row;
        this.model = model;
        showKey();
        getChildren().addAll(details, actions);
    }

    /** The device's private or public key, with the check that they belong together. */
    static KeyEditor deviceKey(FieldRow row, FieldEditorModel model, FileDialogs dialogs) {
        return new KeyEditor(row, model).withPairCheck().withImport(dialogs).withErase();
    }

    static KeyEditor serverKey(FieldRow row, FieldEditorModel model, FileDialogs dialogs) {
        KeyEditor e = new KeyEditor(row, model).withImport(dialogs);
        Button particle = new Button("Particle cloud key");
        particle.setId("key-particle");
        particle.setOnAction(a -> model.setParticleServerKey());
        e.actions.getChildren().add(particle);
        return e.withErase();
    }

    static KeyEditor detailsOnly(FieldRow row, FieldEditorModel model, FileDialogs dialogs) {
        return new KeyEditor(row, model).withErase();
    }

    private void showKey() {
        if (row.decoded().value() instanceof KeySummary k) {
            details.addRow(0, new Label("Key"), new Label(k.algorithm() + (k.bits() != null ? "-" + k.bits()
                    : " " + k.curve()) + " " + k.kind() + ", " + k.derLength() + " bytes DER"));
            if (k.fingerprint() != null) {
                Label fp = new Label(k.fingerprint());
                fp.setId("key-fingerprint");
                fp.getStyleClass().add("mono");
                fp.setWrapText(true);
                details.addRow(1, new Label("SHA-256"), fp);
            }
            if (k.knownAs() != null) {
                details.addRow(2, new Label("Known as"), new Label(k.knownAs()));
            }
        } else {
            details.addRow(0, new Label("Key"), new Label(row.status() == FieldStatus.BLANK ? "none (blank)"
                    : "unreadable"));
        }
    }

    private KeyEditor withPairCheck() {
        Label pair = new Label(model.pairCheck());
        pair.setId("key-pair-check");
        details.addRow(3, new Label("Pair check"), pair);
        return this;
    }

    private KeyEditor withImport(FileDialogs dialogs) {
        Button importKey = new Button("Import PEM/DER…");
        importKey.setId("key-import");
        importKey.setOnAction(e -> dialogs.open("Import a key for " + row.name(), KEY_FILES)
                .ifPresent(file -> model.importKey(row.name(), file)));
        actions.getChildren().add(importKey);
        return this;
    }

    private KeyEditor withErase() {
        actions.getChildren().add(EditorParts.erase(row, model));
        return this;
    }
}

package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.FileDialogs;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;

/**
 * The registry of field editors: which editor each codec type id of the layout ({@code Field.type()}, see
 * {@code dct.codec.Codecs}) gets. A type not listed gets the raw editor. Adding a field editor: its class, and a
 * constant here naming the types it edits.
 */
enum FieldEditorKind {
    SERVER_ADDRESS((row, m, d) -> new ServerAddressEditor(row, m), "server-address"),
    DEVICE_KEY(KeyEditor::deviceKey, "rsa-private-key", "rsa-public-key"),
    SERVER_KEY(KeyEditor::serverKey, "rsa-server-key"),
    /** EC keys (UDP only): shown, erasable, not imported. */
    KEY_DETAILS(KeyEditor::detailsOnly, "ec-private-key", "ec-public-key"),
    CLAIMED((row, m, d) -> new ClaimedEditor(row, m), "claimed"),
    NUMBER((row, m, d) -> new NumberEditor(row, m), "u8", "u16", "u32", "feature-flags"),
    /** A value typed in the field's own text form, parsed by its codec. */
    TEXT((row, m, d) -> new TextEditor(row, m), "text", "claim-code", "length-prefixed-text", "device-id",
            "product-store"),
    SECRET((row, m, d) -> new RawEditor(row, m, true), "secret"),
    RAW((row, m, d) -> new RawEditor(row, m, false), "raw");

    @FunctionalInterface
    interface Factory {
        Node create(FieldRow row, FieldEditorModel model, FileDialogs dialogs);
    }

    private final Factory factory;
    private final List<String> types;

    FieldEditorKind(Factory factory, String... types) {
        this.factory = factory;
        this.types = List.of(types);
    }

    /** The editor kind for a codec type id; {@link #RAW} for a type no editor claims. */
    static FieldEditorKind forType(String type) {
        return Arrays.stream(values()).filter(k -> k.types.contains(type)).findFirst().orElse(RAW);
    }

    List<String> types() {
        return types;
    }

    /** The editor for the row; its node id is {@code editor-} and the kind in lowercase, for tests and styles. */
    Node create(FieldRow row, FieldEditorModel model, FileDialogs dialogs) {
        Node editor = factory.create(row, model, dialogs);
        editor.setId("editor-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return editor;
    }
}

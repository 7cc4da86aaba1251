package dev.reclaim.ui.dct;

import dev.reclaim.dct.check.CheckId;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.KeySummary;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The editor for the selected field: what it is and holds, and a typed editor — server address (type, host, port,
 * the "Particle cloud" preset), keys (import PEM/DER, bits, fingerprint, pair check), the claimed flag, flags with
 * named values, and text or raw bytes for the rest. Every change is one undoable step through the DCT engine; a
 * value the engine refuses is explained under the editor.
 */
final class FieldEditorPane extends VBox {
    private static final List<FileChooser.ExtensionFilter> KEY_FILES = List.of(
            new FileChooser.ExtensionFilter("Keys (PEM or DER)", "*.pem", "*.der", "*.key", "*.pub"),
            new FileChooser.ExtensionFilter("All files", "*"));
    private final DctEditorViewModel vm;
    private final FileDialogs dialogs;
    private final Label error = new Label();

    FieldEditorPane(DctEditorViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("field-editor");
        getStyleClass().add("field-editor");
        setSpacing(6);
        setPadding(new Insets(8));
        error.setId("field-error");
        error.getStyleClass().add("warning-text");
        error.setWrapText(true);
        vm.selectedProperty().addListener((o, a, row) -> render(row));
        render(vm.selectedProperty().get());
    }

    private void render(FieldRow row) {
        error.setText("");
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
        getChildren().addAll(name, where, what, value, editorFor(row), error);
    }

    private Node editorFor(FieldRow row) {
        String type = row.field().type();
        if (type.equals("server-address")) {
            return serverAddress(row);
        }
        if (type.contains("key")) {
            return key(row);
        }
        if (type.equals("claimed")) {
            return claimed(row);
        }
        if (!row.field().values().isEmpty()) {
            return namedValues(row);
        }
        return text(row);
    }

    // ---- typed editors ----

    private Node serverAddress(FieldRow row) {
        ServerAddress now = row.decoded().parsed(ServerAddress.class).orElse(null);
        boolean valid = now != null && now.type() != ServerAddress.Type.INVALID;
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("server-type");
        type.getItems().setAll("Domain name", "IPv4 address");
        type.setValue(valid && now.type() == ServerAddress.Type.IP ? "IPv4 address" : "Domain name");
        TextField host = new TextField(valid ? now.host() : "");
        host.setId("server-host");
        host.setPromptText("device.spark.io");
        TextField port = new TextField(valid && !now.defaultPort() ? String.valueOf(now.port()) : "");
        port.setId("server-port");
        port.setPromptText("5683 (default)");
        port.setPrefColumnCount(7);
        Button apply = new Button("Apply");
        apply.setId("server-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> run(() -> {
            String h = host.getText().strip();
            boolean looksIp = h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            if (type.getValue().startsWith("IPv4") != looksIp) {
                throw new InvalidValueException(type.getValue().startsWith("IPv4")
                        ? "\"" + h + "\" is not an IPv4 address (four numbers 0-255, like 52.0.0.1)"
                        : "\"" + h + "\" is an IPv4 address: choose the type IPv4 address");
            }
            String p = port.getText().strip();
            vm.apply("Set server_address", List.of(vm.edits().parse("server_address", p.isEmpty() ? h : h + ":" + p)));
        }));
        Button particle = new Button("Particle cloud");
        particle.setId("server-particle");
        particle.setTooltip(new javafx.scene.control.Tooltip(
                "device.spark.io on the default port, with Particle's server public key"));
        particle.setOnAction(e -> run(() -> vm.apply("Set Particle cloud", List.of(
                vm.edits().parse("server_address", "device.spark.io"),
                vm.edits().parse("server_public_key", "particle")))));
        GridPane grid = grid();
        grid.addRow(0, new Label("Type"), type);
        grid.addRow(1, new Label("Host"), host);
        grid.addRow(2, new Label("Port"), port);
        GridPane.setHgrow(host, Priority.ALWAYS);
        return new VBox(6, grid, buttons(apply, particle, erase(row)));
    }

    private Node key(FieldRow row) {
        GridPane grid = grid();
        if (row.decoded().value() instanceof KeySummary k) {
            grid.addRow(0, new Label("Key"), new Label(k.algorithm() + (k.bits() != null ? "-" + k.bits()
                    : " " + k.curve()) + " " + k.kind() + ", " + k.derLength() + " bytes DER"));
            if (k.fingerprint() != null) {
                Label fp = new Label(k.fingerprint());
                fp.setId("key-fingerprint");
                fp.getStyleClass().add("mono");
                fp.setWrapText(true);
                grid.addRow(1, new Label("SHA-256"), fp);
            }
            if (k.knownAs() != null) {
                grid.addRow(2, new Label("Known as"), new Label(k.knownAs()));
            }
        } else {
            grid.addRow(0, new Label("Key"), new Label(row.status() == FieldStatus.BLANK ? "none (blank)"
                    : "unreadable"));
        }
        if (row.name().startsWith("device_p")) {
            Label pair = new Label(pairCheck());
            pair.setId("key-pair-check");
            grid.addRow(3, new Label("Pair check"), pair);
        }
        Button importKey = new Button("Import PEM/DER…");
        importKey.setId("key-import");
        importKey.setOnAction(e -> dialogs.open("Import a key for " + row.name(), KEY_FILES).ifPresent(p -> run(() ->
                vm.apply("Import " + row.name(), importEdits(row.name(), p)))));
        HBox actions = buttons(importKey);
        if (row.name().equals("server_public_key")) {
            Button particle = new Button("Particle cloud key");
            particle.setOnAction(e -> run(() -> vm.apply("Set server_public_key",
                    List.of(vm.edits().parse("server_public_key", "particle")))));
            actions.getChildren().add(particle);
        }
        actions.getChildren().add(erase(row));
        return new VBox(6, grid, actions);
    }

    private Node claimed(FieldRow row) {
        CheckBox box = new CheckBox("Claimed by an account");
        box.setId("claimed-box");
        box.setSelected(Boolean.TRUE.equals(row.decoded().value()));
        box.setOnAction(e -> run(() -> vm.apply("Set claimed",
                List.of(vm.edits().parse("claimed", Boolean.toString(box.isSelected()))))));
        return box;
    }

    private Node namedValues(FieldRow row) {
        ComboBox<String> values = new ComboBox<>();
        values.setId("field-named-value");
        values.setEditable(true);
        for (Map.Entry<String, String> v : row.field().values().entrySet()) {
            values.getItems().add(v.getKey() + " — " + v.getValue());
        }
        values.setPromptText("a value, e.g. 0xa5");
        Button apply = new Button("Apply");
        apply.setOnAction(e -> run(() -> {
            String text = values.getEditor().getText().strip();
            int dash = text.indexOf(" — ");
            vm.apply("Set " + row.name(), List.of(vm.edits().parse(row.name(), dash < 0 ? text : text.substring(0, dash))));
        }));
        return new VBox(6, values, buttons(apply, erase(row)));
    }

    private Node text(FieldRow row) {
        boolean secret = row.field().type().equals("secret");
        TextField value = new TextField(secret || row.status() != FieldStatus.OK ? "" : row.value());
        value.setId("field-text");
        value.setPromptText(secret ? "hidden; type a new value or hex:…" : "value, or hex:0011… for raw bytes");
        Button apply = new Button("Apply");
        apply.setId("field-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> run(() -> vm.apply("Set " + row.name(),
                List.of(vm.edits().parse(row.name(), value.getText())))));
        HBox.setHgrow(value, Priority.ALWAYS);
        return new VBox(6, value, buttons(apply, erase(row)));
    }

    // ---- helpers ----

    private List<DctEdit> importEdits(String field, Path keyFile) throws InvalidValueException {
        // Parsing "field=@file" adds the derived public key when a private key is imported.
        return vm.edits().parse(List.of(field + "=@" + keyFile));
    }

    private String pairCheck() {
        var report = vm.reportProperty().get();
        if (report == null) {
            return "";
        }
        if (report.has(CheckId.DEVICE_KEYPAIR_MISMATCH)) {
            return "✕ the public key does not belong to the private key";
        }
        boolean bothThere = report.field("device_private_key").map(f -> f.status() == FieldStatus.OK).orElse(false)
                && report.field("device_public_key").map(f -> f.status() == FieldStatus.OK).orElse(false);
        return bothThere ? "✓ the public key belongs to the private key" : "– needs both keys";
    }

    private Button erase(FieldRow row) {
        Button b = new Button("Erase");
        b.setTooltip(new javafx.scene.control.Tooltip("Set every byte of " + row.name() + " to 0xFF (blank)"));
        b.setOnAction(e -> run(() -> vm.apply("Erase " + row.name(), List.of(vm.edits().blank(row.name())))));
        return b;
    }

    private void run(Edit edit) {
        try {
            edit.run();
            error.setText("");
        } catch (InvalidValueException | IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, values);
        return g;
    }

    private static HBox buttons(Node... nodes) {
        HBox b = new HBox(6, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    @FunctionalInterface
    private interface Edit {
        void run() throws InvalidValueException;
    }
}

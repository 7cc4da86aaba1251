package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.BackupStore;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The inputs of each wizard's start page; they bind to the wizard's start model and do nothing else. */
final class StartPages {
    private StartPages() {
    }

    static Node recoverKeys(RecoverKeysStart start) {
        TextField cloud = new TextField();
        cloud.setId("start-cloud");
        cloud.setPromptText("empty: the device's own cloud");
        cloud.textProperty().bindBidirectional(start.cloudUrlProperty());
        CheckBox resume = new CheckBox("Finish an interrupted run with the key kept for this device");
        resume.setId("start-resume");
        resume.selectedProperty().bindBidirectional(start.resumeProperty());
        TextField product = new TextField();
        product.setId("start-product");
        product.setPromptText("empty: a developer device");
        product.textProperty().bindBidirectional(start.productIdProperty());
        return new VBox(8, grid(new Label("Cloud URL (optional):"), cloud),
                grid(new Label("Product ID (optional):"), product), problem(start.problemProperty()), resume);
    }

    static Node setServer(SetServerStart start) {
        ToggleGroup presets = new ToggleGroup();
        RadioButton particle = new RadioButton("The Particle cloud (bundled server key, device.spark.io)");
        particle.setId("start-particle");
        particle.setToggleGroup(presets);
        RadioButton custom = new RadioButton("A custom or local cloud:");
        custom.setId("start-custom");
        custom.setToggleGroup(presets);
        particle.setSelected(start.particleProperty().get());
        custom.setSelected(!start.particleProperty().get());
        particle.selectedProperty().addListener((o, was, now) -> start.particleProperty().set(now));
        TextField key = new TextField();
        key.setId("start-key-file");
        key.setPromptText("server public key file (DER or PEM)");
        key.textProperty().bindBidirectional(start.keyFileProperty());
        TextField host = new TextField();
        host.setId("start-host");
        host.setPromptText("HOST[:PORT]");
        host.textProperty().bindBidirectional(start.hostProperty());
        key.disableProperty().bind(start.particleProperty());
        host.disableProperty().bind(start.particleProperty());
        return new VBox(8, particle, custom, grid(new Label("Key file:"), key), grid(new Label("Host:"), host),
                problem(start.problemProperty()));
    }

    /** What is wrong with a page's inputs, shown only when something is. */
    private static Label problem(javafx.beans.value.ObservableValue<String> text) {
        Label problem = new Label();
        problem.setId("start-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        problem.textProperty().bind(text);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    static Node claimCycle(ClaimCycleStart start) {
        Spinner<Integer> count = new Spinner<>(1, 1000, start.countProperty().get());
        count.setId("start-count");
        count.setEditable(true);
        count.valueProperty().addListener((o, was, now) -> start.countProperty().set(now));
        ToggleGroup how = new ToggleGroup();
        RadioButton byId = new RadioButton("By device ID through the Cloud API");
        byId.setId("start-by-id");
        byId.setToggleGroup(how);
        byId.setSelected(!start.byClaimCodeProperty().get());
        RadioButton byCode = new RadioButton("By claim code, as in the field (written to the DCT, sent by the device)");
        byCode.setId("start-by-claim-code");
        byCode.setToggleGroup(how);
        byCode.selectedProperty().bindBidirectional(start.byClaimCodeProperty());
        return new VBox(8, grid(new Label("Cycles:"), count), byId, byCode);
    }

    static Node restore(RestoreStart start) {
        ListView<BackupStore.Backup> list = new ListView<>(start.backups());
        list.setId("start-backups");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No backups of this device yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BackupStore.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : start.describe(b));
            }
        });
        list.getSelectionModel().select(start.chosenProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> start.chosenProperty().set(now));
        return new VBox(6, new Label("Backup to write back:"), list);
    }

    private static Node grid(Node label, Node field, Node... more) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, label, field);
        for (int i = 0; i < more.length; i++) {
            g.add(more[i], 0, i + 1, 2, 1);
        }
        GridPane.setFillWidth(field, true);
        field.minWidth(260);
        return g;
    }
}

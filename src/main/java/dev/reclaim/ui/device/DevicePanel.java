package dev.reclaim.ui.device;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.workflow.device.DeviceKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The device panel on the left: the devices Reclaim can reach, the simulator's scenario or a port's role, and
 * the selected device's identity card below. It only binds to {@link DevicePanelViewModel}.
 */
public final class DevicePanel extends VBox {
    private final StackPane identitySlot = new StackPane();

    public DevicePanel(DevicePanelViewModel vm) {
        getStyleClass().add("device-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        setMinWidth(220);
        setPrefWidth(300);
        setMaxWidth(420);

        Label title = new Label("Devices");
        title.getStyleClass().add("section-title");
        Button refresh = new Button("Refresh");
        refresh.setId("device-refresh");
        Tips.on(refresh, "List the serial ports and probes again (F5)");
        refresh.setOnAction(e -> vm.refreshNow());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<DeviceChoice> list = new ListView<>(vm.devices());
        list.setId("device-list");
        list.getStyleClass().add("device-list");
        list.setCellFactory(lv -> new DeviceCell());
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, a, now) -> select(list, now));
        select(list, vm.selectedProperty().get());

        ComboBox<String> scenario = new ComboBox<>(vm.scenarios());
        scenario.setId("device-scenario");
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        scenario.setMaxWidth(Double.MAX_VALUE);
        Tips.on(scenario, "What is wrong with the simulated P1");
        Node scenarioRow = labelled("Scenario", scenario);
        BooleanBinding simSelected = Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() instanceof DeviceChoice.Simulated, vm.selectedProperty());
        show(scenarioRow, simSelected);

        ChoiceBox<DeviceKind> access = kindChoice(vm.accesses());
        access.setId("device-access");
        access.valueProperty().bindBidirectional(vm.accessProperty());
        Tips.on(access, "How Reclaim reaches the simulated P1's flash: its UART bootloader or a"
                + " simulated ST-Link on its SWD pads");
        Node accessRow = labelled("Reached through", access);
        show(accessRow, simSelected);

        ChoiceBox<DeviceKind> role = kindChoice(vm.roles());
        role.setId("device-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        Tips.on(role, "Log output: listen and diagnose. UART bootloader: read and write the DCT"
                + " (BOOT0 high, then reset).");
        Node roleRow = labelled("Wired to", role);
        show(roleRow, Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() instanceof DeviceChoice.Port, vm.selectedProperty()));

        TextField options = new TextField();
        options.setId("device-sim-options");
        options.setPromptText("e.g. bench=line1, unplug=3");
        // taken on Enter or on leaving the field, not per keystroke: each new spec opens the device again
        options.setText(vm.simulatorOptionsProperty().get());
        vm.simulatorOptionsProperty().addListener((o, was, now) -> {
            if (!options.getText().equals(now)) {
                options.setText(now); // setting the same text would put the caret back at the start
            }
        });
        options.setOnAction(e -> vm.simulatorOptionsProperty().set(options.getText()));
        options.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.simulatorOptionsProperty().set(options.getText());
            }
        });
        Tips.on(options, "After the scenario, comma-separated: bench=NAME puts the probe on a simulated station"
                + " fixture (the Line view's auto-start); unpowered, swd-pins-reused, wait=N, unplug=K misbehave");
        Node optionsRow = labelled("Probe options", options);
        show(optionsRow, vm.simulatorOptionsApplyProperty());
        Label optionsProblem = new Label();
        optionsProblem.setId("device-sim-options-problem");
        optionsProblem.getStyleClass().add("warning-text");
        optionsProblem.setWrapText(true);
        optionsProblem.textProperty().bind(vm.simulatorOptionsProblemProperty());
        show(optionsProblem, vm.simulatorOptionsProblemProperty().isNotEmpty());

        CheckBox underReset = new CheckBox("Connect under reset");
        underReset.setId("device-under-reset");
        underReset.selectedProperty().bindBidirectional(vm.underResetProperty());
        Tips.on(underReset, "Hold RST through the probe while attaching: for firmware that uses D6/D7"
                + " (the SWD pins) or sleeps. Needs the probe's RST pin wired to the P1's RST.");
        show(underReset, vm.stLinkSelectedProperty());

        Label scanProblem = new Label();
        scanProblem.getStyleClass().add("warning-text");
        scanProblem.setWrapText(true);
        scanProblem.textProperty().bind(vm.scanProblemProperty());
        show(scanProblem, vm.scanProblemProperty().isNotEmpty());

        identitySlot.setId("identity-slot");
        getChildren().addAll(header, list, scenarioRow, accessRow, optionsRow, optionsProblem, roleRow, underReset,
                scanProblem, identitySlot);
        // Scans only while the panel is in a window on screen: the first scan (usb4java's native library, the serial
        // ports) then runs after the window's first layout instead of competing with it for the CPU.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((o, was, showing) -> {
                    if (showing) {
                        vm.startRefreshing();
                    } else {
                        vm.stopRefreshing();
                    }
                });
    }

    /** Shows the selected device's identity card (or a hint) under the list. */
    public void setIdentityCard(Node card) {
        identitySlot.getChildren().setAll(card);
    }

    private static void select(ListView<DeviceChoice> list, DeviceChoice d) {
        if (d == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != d) {
            list.getSelectionModel().select(d);
        }
    }

    /** A choice of device kinds, each shown by how it reaches the device ("UART bootloader", "ST-Link"). */
    private static ChoiceBox<DeviceKind> kindChoice(javafx.collections.ObservableList<DeviceKind> kinds) {
        ChoiceBox<DeviceKind> box = new ChoiceBox<>(kinds);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeviceKind kind) {
                return kind == null ? "" : kind.accessLabel();
            }

            @Override
            public DeviceKind fromString(String label) {
                return kinds.stream().filter(k -> k.accessLabel().equals(label)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private static Node labelled(String text, Region control) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        VBox box = new VBox(3, l, control);
        return box;
    }

    private static void show(Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }

    /** Two lines: name and description with USB IDs. */
    private static final class DeviceCell extends ListCell<DeviceChoice> {
        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final Label icon = new Label();
        private final HBox box;

        DeviceCell() {
            title.getStyleClass().add("device-title");
            subtitle.getStyleClass().add("muted");
            icon.getStyleClass().add("device-icon");
            box = new HBox(8, icon, new VBox(1, title, subtitle));
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(DeviceChoice d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            icon.setText(d instanceof DeviceChoice.Simulated ? "◇" : d instanceof DeviceChoice.Probe ? "⌁" : "⇄");
            title.setText(d.title());
            subtitle.setText(d.subtitle());
            setGraphic(box);
        }
    }
}

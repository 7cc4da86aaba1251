package dev.reclaim.ui.device;

import dev.reclaim.workflow.Identity;
import dev.reclaim.workflow.device.DeviceSession;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected device's identity: platform, device ID, the Device OS its module headers name, link, read and write
 * protection.
 */
public final class IdentityCard extends VBox {
    private final Label title = new Label();
    private final GridPane rows = new GridPane();
    private final Label hint = new Label();

    public IdentityCard(DeviceViewModel vm) {
        setId("identity-card");
        getStyleClass().add("card");
        setSpacing(6);
        title.getStyleClass().add("card-title");
        rows.getStyleClass().add("key-value");
        rows.setHgap(10);
        rows.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().setAll(keys, values);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        getChildren().addAll(title, rows, hint);
        vm.identityProperty().addListener((o, a, id) -> render(vm));
        vm.deviceOsProperty().addListener((o, a, os) -> render(vm));
        vm.sessionProperty().addListener((o, a, s) -> render(vm));
        render(vm);
    }

    private void render(DeviceViewModel vm) {
        rows.getChildren().clear();
        DeviceSession s = vm.sessionProperty().get();
        Identity id = vm.identityProperty().get();
        title.setText(s == null ? "No device" : s.scenario().isPresent() ? "Simulated P1" : s.spec().argument());
        if (s == null) {
            hint.setText("Select a device to see its identity.");
            return;
        }
        int r = 0;
        if (s.scenario().isPresent()) {
            add(r++, "Scenario", s.scenario().get().name());
            add(r++, "Firmware", "Device OS " + s.scenario().get().firmware() + " (the scenario's)");
        }
        if (id == null) {
            hint.setText(s.hasFlashAccess() ? "Identity not read yet: Device → Read DCT (Ctrl+R)."
                    : "A log port shows the device's log; pick \"UART bootloader\" to read its identity and DCT.");
            add(r, "Link", s.description());
            return;
        }
        hint.setText("");
        add(r++, "Platform", String.format("P1 / Photon · STM32F2 (0x%03X)%s", id.chipId(),
                id.flashSizeKib().isPresent() ? ", " + id.flashSizeKib().getAsInt() + " KiB flash" : ""));
        add(r++, "Device ID", id.deviceId().orElse("unreadable (read protection)"));
        add(r++, "Device OS", vm.deviceOsProperty().get());
        add(r++, "Read protection", id.readProtected() ? id.readProtection() : "none");
        add(r++, "Write protection", id.writeProtected().map(w -> w.isEmpty() ? "none"
                : "sector " + w.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .orElse("unknown (read protection)"));
        add(r, "Link", id.link());
    }

    private void add(int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("muted");
        Label v = new Label(value);
        v.setWrapText(true);
        v.setId("identity-" + key.toLowerCase().replace(' ', '-'));
        rows.addRow(row, k, v);
    }
}

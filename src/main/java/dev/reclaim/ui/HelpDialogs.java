package dev.reclaim.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The Help menu's windows. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void shortcuts(Window owner, List<String> lines) {
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.getStyleClass().add("mono");
        text.setPrefRowCount(Math.min(lines.size() + 1, 24));
        Alert a = info(owner, "Keyboard shortcuts", "");
        a.getDialogPane().setContent(text);
        a.show();
    }

    static void about(Window owner) {
        info(owner, "Reclaim", "Reclaim repairs the cloud handshake of Particle P1/Photon modules over the UART"
                + " bootloader or SWD.\nApache License 2.0.").show();
    }

    private static Alert info(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(header);
        a.setHeaderText(header);
        return a;
    }
}

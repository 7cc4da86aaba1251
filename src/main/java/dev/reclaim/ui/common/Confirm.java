package dev.reclaim.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before doing something that cannot be taken back; the confirming button names the action. */
public final class Confirm {
    private Confirm() {
    }

    /** True when the user chose {@code action} ("Write"), false on Cancel or closing the dialog. */
    public static boolean ask(Window owner, String question, String details, String action) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, details, new ButtonType(action, ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(action);
        a.setHeaderText(question);
        return a.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}

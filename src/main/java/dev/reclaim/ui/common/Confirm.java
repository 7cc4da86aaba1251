package dev.reclaim.ui.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
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

    /**
     * {@link #ask} from a worker thread, which waits for the answer: a running write asking whether to go on (the
     * GUI's {@code --force}). False when the thread is interrupted.
     */
    public static boolean askFromWorker(Window owner, String question, String details, String action) {
        FutureTask<Boolean> asked = new FutureTask<>(() -> ask(owner, question, details, action));
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}

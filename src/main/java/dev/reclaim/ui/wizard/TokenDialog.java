package dev.reclaim.ui.wizard;

import java.net.URI;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a Particle access token in a masked field. The token is handed back and kept by {@link CloudAccess} in
 * memory only; this dialog neither stores nor shows it.
 */
public final class TokenDialog extends Dialog<String> {

    public TokenDialog(Window owner, URI cloud, boolean refused) {
        initOwner(owner);
        setTitle("Particle access token");
        setHeaderText(refused ? "The cloud did not accept the access token. Enter another."
                : "Reclaim needs a Particle access token to talk to the cloud.");
        PasswordField field = new PasswordField();
        field.setId("token-field");
        field.setPromptText("access token");
        Label where = new Label("It is sent to " + cloud + " and kept in memory until Reclaim closes; it is never"
                + " saved or shown. `particle token create` makes one; PARTICLE_ACCESS_TOKEN or `particle login`"
                + " spare you this question.");
        where.setWrapText(true);
        where.setMaxWidth(420);
        getDialogPane().setContent(new VBox(8, where, field));
        ButtonType use = new ButtonType("Use token", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        getDialogPane().lookupButton(use).disableProperty().bind(field.textProperty().isEmpty());
        setResultConverter(b -> b == use ? field.getText() : null);
        Platform.runLater(field::requestFocus);
    }

    /** Shows the dialog and waits for the answer. */
    public static Optional<String> ask(Window owner, URI cloud, boolean refused) {
        return new TokenDialog(owner, cloud, refused).showAndWait().filter(t -> !t.isBlank());
    }
}

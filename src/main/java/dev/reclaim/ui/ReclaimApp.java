package dev.reclaim.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The workstation application. A placeholder window until the GUI issue builds the real views. */
public final class ReclaimApp extends Application {
    private static volatile String deviceSpec = "sim:keys-rejected";

    /** Blocks until the window is closed. */
    public static void launchWith(String device) {
        deviceSpec = device;
        Application.launch(ReclaimApp.class);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("Reclaim — device: " + deviceSpec);
        BorderPane root = new BorderPane(label);
        root.setPadding(new Insets(24));
        stage.setTitle("Reclaim");
        stage.setScene(new Scene(root, 960, 640));
        stage.show();
    }
}

package dev.reclaim.ui;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.ui.common.Operations;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: the link to the device, and the running operation with its progress and a Cancel button. */
final class StatusBar extends HBox {
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    StatusBar(ObservableStringValue linkState, javafx.beans.value.ObservableBooleanValue linkOk, Operations ops) {
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);

        Label link = new Label();
        link.setId("status-link");
        link.getStyleClass().add("link-state");
        link.textProperty().bind(linkState);
        link.pseudoClassStateChanged(OK, linkOk.get());
        linkOk.addListener((o, a, ok) -> {
            link.pseudoClassStateChanged(OK, ok);
            link.pseudoClassStateChanged(PROBLEM, !ok);
        });

        Label operation = new Label();
        operation.setId("status-operation");
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(160);
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        Tips.on(cancel, "Stop the running operation (Esc)");
        cancel.setOnAction(e -> ops.cancelCurrent());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(link, gap, operation, progress, cancel);

        ops.currentProperty().addListener((o, old, task) -> show(task, operation, progress, cancel, ops));
        show(null, operation, progress, cancel, ops);
    }

    private static void show(Task<?> task, Label operation, ProgressBar progress, Button cancel, Operations ops) {
        operation.textProperty().unbind();
        progress.progressProperty().unbind();
        boolean running = task != null;
        progress.setVisible(running);
        cancel.setVisible(running);
        if (running) {
            operation.textProperty().bind(Bindings.createStringBinding(
                    () -> task.getTitle() + (task.getMessage().isEmpty() ? "" : "  " + task.getMessage()),
                    task.titleProperty(), task.messageProperty()));
            progress.progressProperty().bind(task.progressProperty());
        } else {
            operation.textProperty().bind(ops.lastOutcomeProperty());
        }
    }
}

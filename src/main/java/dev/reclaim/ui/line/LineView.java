package dev.reclaim.ui.line;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The line: the last device's verdict large, why it failed, the device and its step, the shift's tally. Binds only. */
public final class LineView extends VBox {
    public LineView(LineViewModel vm) {
        getStyleClass().add("line-view");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        Label verdict = new Label();
        verdict.setId("line-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setStyle("-fx-font-size: 72px; -fx-font-weight: bold;");
        vm.verdictProperty().addListener((o, was, now) -> {
            verdict.getStyleClass().removeAll("line-pass", "line-fail");
            if (LineViewModel.PASS.equals(now)) {
                verdict.getStyleClass().add("line-pass");
            } else if (LineViewModel.FAIL.equals(now)) {
                verdict.getStyleClass().add("line-fail");
            }
        });
        Label failure = label("line-failure", vm.failureProperty());
        failure.setWrapText(true);
        failure.setStyle("-fx-font-size: 18px;");
        Label device = label("line-device", vm.deviceProperty());
        Label step = label("line-step", vm.stepProperty());
        Label tally = label("line-tally", vm.tallyProperty());
        tally.setStyle("-fx-font-size: 20px;");

        Spinner<Integer> size = new Spinner<>(1, 10000, vm.shiftSizeProperty().get());
        size.setId("line-shift-size");
        size.setEditable(true);
        size.valueProperty().addListener((o, was, now) -> vm.shiftSizeProperty().set(now));
        Button start = new Button("Start shift");
        start.setId("line-start");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button next = new Button("Next device (Space)");
        next.setId("line-next");
        next.disableProperty().bind(Bindings.not(vm.runningProperty()));
        next.setOnAction(e -> vm.next());
        Button stop = new Button("End shift");
        stop.setId("line-stop");
        stop.disableProperty().bind(Bindings.not(vm.runningProperty()));
        stop.setOnAction(e -> vm.stop());
        HBox buttons = new HBox(8, new Label("Devices:"), size, start, next, stop);
        buttons.setAlignment(Pos.CENTER);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                vm.next();
                e.consume();
            }
        });
        getChildren().addAll(verdict, failure, device, step, tally, buttons);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}

package dev.reclaim.ui.line;

import dev.reclaim.ui.common.FileDialogs;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The line: the recipe, the last device's verdict large, why it failed, the device and its step, the shift's tally,
 * and the boards witnessed on the fixture with their results.
 * Binds only.
 */
public final class LineView extends VBox {
    private static final List<FileChooser.ExtensionFilter> RECIPES = List.of(
            new FileChooser.ExtensionFilter("Recipes", "*.json"), new FileChooser.ExtensionFilter("All files", "*"));

    /** @param showReport opens the journal's report */
    public LineView(LineViewModel vm, FileDialogs dialogs, Runnable showReport) {
        getStyleClass().add("line-view");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        ComboBox<String> recipe = new ComboBox<>(vm.recipeChoices());
        recipe.setId("line-recipe");
        recipe.setValue(vm.recipeChoiceProperty().get());
        recipe.valueProperty().addListener((o, was, now) -> vm.chooseRecipe(now));
        // A choice that does not load leaves the recipe in use: show that one again.
        vm.recipeChoiceProperty().addListener((o, was, now) -> recipe.setValue(now));
        vm.recipeProblemProperty().addListener((o, was, now) -> recipe.setValue(vm.recipeChoiceProperty().get()));
        recipe.disableProperty().bind(vm.runningProperty());
        Button open = new Button("Open recipe file…");
        open.setId("line-open-recipe");
        open.disableProperty().bind(vm.runningProperty());
        open.setOnAction(e -> dialogs.open("Open a recipe", RECIPES).ifPresent(vm::openRecipeFile));
        Button report = new Button("Report…");
        report.setId("line-report");
        report.setOnAction(e -> showReport.run());
        HBox recipeBar = new HBox(8, new Label("Recipe:"), recipe, open, report);
        recipeBar.setAlignment(Pos.CENTER);
        Label about = new Label();
        about.setId("line-recipe-description");
        about.setWrapText(true);
        about.textProperty().bind(vm.recipeProperty().map(r -> r.description()).orElse(""));
        Label problem = label("line-recipe-problem", vm.recipeProblemProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("line-fail");
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
        Label mode = label("line-mode", vm.modeProperty());
        mode.setWrapText(true);
        ListView<String> fixture = new ListView<>(vm.fixture());
        fixture.setId("line-fixture");
        fixture.setPrefHeight(150);
        fixture.setFocusTraversable(false);
        tally.setStyle("-fx-font-size: 20px;");

        Spinner<Integer> size = new Spinner<>(1, 10000, vm.shiftSizeProperty().get());
        size.setId("line-shift-size");
        size.setEditable(true);
        size.valueProperty().addListener((o, was, now) -> vm.shiftSizeProperty().set(now));
        // Both ways: a count set elsewhere (a remembered shift, a test) shows in the spinner the operator reads.
        vm.shiftSizeProperty().addListener((o, was, now) -> size.getValueFactory().setValue(now.intValue()));
        Button start = new Button("Start shift");
        start.setId("line-start");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button next = new Button("Next device (Space/Enter)");
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
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                vm.next();
                e.consume();
            }
        });
        getChildren().addAll(recipeBar, about, problem, verdict, failure, device, step, tally, mode, fixture,
                buttons);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}

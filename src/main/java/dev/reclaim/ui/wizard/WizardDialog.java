package dev.reclaim.ui.wizard;

import dev.reclaim.ui.wizard.WizardViewModel.Phase;
import dev.reclaim.workflow.wizard.StepOutcome;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A wizard's window: its start page (what it will do and its inputs), then the step list with progress and the
 * current stage, then the outcome. Enter presses the primary button (Start, then Close); Esc asks a running wizard
 * to stop at its next safe point and closes one that is not running. Closing the window while it runs only asks it
 * to stop: a run is never abandoned half-way.
 */
public final class WizardDialog extends Stage {
    private final WizardViewModel vm;

    public WizardDialog(Window owner, WizardViewModel vm, Node form) {
        this.vm = vm;
        initOwner(owner);
        setTitle(vm.title());

        Label heading = new Label(vm.title());
        heading.getStyleClass().add("card-title");
        Label intro = new Label(vm.intro());
        intro.setWrapText(true);
        VBox startPage = new VBox(10, intro, form);
        startPage.setId("wizard-start");
        startPage.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.READY));
        startPage.managedProperty().bind(startPage.visibleProperty());

        ListView<StepRow> list = new ListView<>(vm.steps());
        list.setId("wizard-steps");
        list.setCellFactory(l -> new StepCell());
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label stage = new Label();
        stage.setId("wizard-stage");
        stage.textProperty().bind(vm.stageProperty());
        Label summary = new Label();
        summary.setId("wizard-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        vm.outcomeProperty().addListener((o, was, now) -> {
            summary.getStyleClass().removeAll("summary-ok", "summary-failed");
            if (now != null) {
                summary.getStyleClass().add(now == StepOutcome.OK ? "summary-ok" : "summary-failed");
            }
        });
        VBox runPage = new VBox(8, list, bar, stage, summary);
        runPage.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.READY));
        runPage.managedProperty().bind(runPage.visibleProperty());
        VBox.setVgrow(runPage, Priority.ALWAYS);

        Button copy = new Button("Copy report");
        copy.setId("wizard-copy");
        copy.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.FINISHED));
        copy.setOnAction(e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(vm.report());
            Clipboard.getSystemClipboard().setContent(text);
        });
        Button again = new Button("Start again");
        again.setId("wizard-again");
        again.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.FINISHED));
        again.disableProperty().bind(vm.canStartProperty().not());
        again.setOnAction(e -> vm.start());
        Button cancel = new Button();
        cancel.setId("wizard-cancel");
        cancel.textProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(Phase.STOPPING))
                .then("Stopping…").otherwise("Cancel"));
        cancel.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.FINISHED));
        cancel.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.STOPPING));
        cancel.setOnAction(e -> cancelOrClose(vm));
        Button primary = new Button();
        primary.setId("wizard-primary");
        primary.setDefaultButton(true);
        primary.textProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(Phase.FINISHED))
                .then("Close").otherwise("Start"));
        primary.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.FINISHED).not()
                .and(vm.canStartProperty().not()));
        primary.setOnAction(e -> {
            if (vm.phaseProperty().get() == Phase.FINISHED) {
                close();
            } else {
                vm.start();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, gap, again, cancel, primary);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(12, heading, startPage, runPage);
        BorderPane root = new BorderPane(body, null, null, buttons, null);
        root.setId("wizard-root");
        root.setPadding(new Insets(16));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        Scene scene = new Scene(root, 620, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelOrClose(vm);
                e.consume();
            }
        });
        setScene(scene);
        // Enter is for the primary button: start typing in the first input, or on Start itself, never on Cancel
        // (a disabled input, e.g. Set server's key file under the Particle preset, cannot take the focus)
        setOnShown(e -> form.lookupAll(".text-input").stream().filter(n -> !n.isDisabled()).findFirst()
                .orElse(primary).requestFocus());
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now == Phase.FINISHED) {
                primary.requestFocus();
            }
        });
        setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == Phase.RUNNING || vm.phaseProperty().get() == Phase.STOPPING) {
                vm.cancel();
                e.consume();
            }
        });
    }

    /** The model this window shows, for tests that drive it. */
    public WizardViewModel vmForTests() {
        return vm;
    }

    private void cancelOrClose(WizardViewModel vm) {
        Phase p = vm.phaseProperty().get();
        if (p == Phase.RUNNING || p == Phase.STOPPING) {
            vm.cancel();
        } else {
            close();
        }
    }
}

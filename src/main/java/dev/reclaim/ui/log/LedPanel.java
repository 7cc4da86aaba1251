package dev.reclaim.ui.log;

import dev.reclaim.finding.WizardId;
import dev.reclaim.ui.finding.FindingList;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Status LED": pick the pattern the device shows (and type its Device OS version if known) and get the same
 * diagnosis cards as {@code reclaim log analyze --led}. Binds only; {@link LedViewModel} diagnoses.
 */
public final class LedPanel extends VBox {

    public LedPanel(LedViewModel vm, Consumer<WizardId> launcher) {
        super(6);
        getStyleClass().add("led-panel");
        setPadding(new Insets(6, 10, 10, 10));

        Label title = new Label("Status LED");
        title.getStyleClass().add("section-title");

        ComboBox<LedViewModel.Choice> pattern = new ComboBox<>(vm.patterns());
        pattern.setId("led-pattern");
        pattern.setPromptText("What the LED shows…");
        pattern.setMaxWidth(Double.MAX_VALUE);
        pattern.valueProperty().bindBidirectional(vm.patternProperty());
        HBox.setHgrow(pattern, Priority.ALWAYS);

        TextField firmware = new TextField();
        firmware.setId("led-firmware");
        firmware.setPromptText("Device OS, e.g. 1.5.2");
        firmware.setPrefColumnCount(9);
        firmware.textProperty().bindBidirectional(vm.firmwareProperty());
        HBox choose = new HBox(6, pattern, firmware);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("led-firmware-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.firmwareProblemProperty());
        problem.visibleProperty().bind(vm.firmwareProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        FindingList cards = new FindingList(vm.findings(), "Pick the pattern the status LED shows: it tells how the"
                + " connection ends even when the firmware prints no log.", launcher, f -> { });
        cards.cards().setId("led-cards");
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(title, choose, problem, cards);
    }
}

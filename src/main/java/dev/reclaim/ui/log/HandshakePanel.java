package dev.reclaim.ui.log;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.finding.WizardId;
import dev.reclaim.log.Attempt;
import dev.reclaim.ui.finding.FindingList;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the log: the handshake timeline (each connection attempt as a row of stages with timings, the failing one
 * marked), the diagnosis cards (what failed, why, and a button for the fix), and the status-LED picker (the pattern
 * the device shows as one more diagnosis input). Picking an attempt or a card's lines scrolls the log to them.
 */
public final class HandshakePanel extends SplitPane {
    private final HandshakeViewModel vm;
    private final ListView<Attempt> timeline = new ListView<>();

    /**
     * @param showLine scrolls the log view to a line number
     * @param launcher starts the wizard a diagnosis names
     */
    public HandshakePanel(HandshakeViewModel vm, Consumer<Long> showLine, Consumer<WizardId> launcher) {
        this.vm = vm;
        getStyleClass().add("handshake-panel");
        setOrientation(Orientation.VERTICAL);

        Label title = new Label("Connection attempts");
        title.getStyleClass().add("section-title");
        Button previous = new Button("▲");
        previous.setId("attempt-previous");
        Tips.on(previous, "Previous attempt (Alt+Up)");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("▼");
        next.setId("attempt-next");
        Tips.on(next, "Next attempt (Alt+Down)");
        next.setOnAction(e -> step(1));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, previous, next);
        head.setAlignment(Pos.CENTER_LEFT);

        timeline.setId("handshake-timeline");
        timeline.setItems(vm.attempts());
        timeline.setCellFactory(lv -> new AttemptCell(vm::explainCode));
        timeline.setPlaceholder(new Label("No connection attempt in the log yet."));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timeline.getSelectionModel().selectedItemProperty().addListener((o, a, attempt) -> {
            if (attempt != null && attempt != vm.selectedProperty().get()) {
                vm.selectedProperty().set(attempt);
            }
        });
        vm.selectedProperty().addListener((o, a, attempt) -> {
            if (attempt != null) {
                timeline.getSelectionModel().select(attempt);
                timeline.scrollTo(attempt);
                showLine.accept(attempt.line());
            }
        });
        VBox top = new VBox(6, head, timeline);
        top.setPadding(new Insets(10, 10, 6, 10));

        Label diagTitle = new Label("Diagnosis");
        diagTitle.getStyleClass().add("section-title");
        FindingList scroll = new FindingList(vm.diagnoses(), "Nothing to diagnose yet: open a log or connect a device.",
                launcher, d -> d.lines().stream().findFirst().ifPresent(showLine));
        scroll.cards().setId("diagnosis-cards");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox bottom = new VBox(6, diagTitle, scroll);
        bottom.setPadding(new Insets(6, 10, 10, 10));
        LedPanel led = new LedPanel(vm.led(), launcher);
        getItems().addAll(top, bottom, led);
        setDividerPositions(0.34, 0.72);
        setMinWidth(300);
    }

    /** Selects the previous ({@code -1}) or next ({@code +1}) attempt and shows its first line. */
    public void step(int direction) {
        Attempt a = vm.neighbour(direction);
        if (a != null) {
            vm.selectedProperty().set(a);
        }
    }
}

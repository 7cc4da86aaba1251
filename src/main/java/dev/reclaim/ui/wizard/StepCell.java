package dev.reclaim.ui.wizard;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One step in the wizard's list: number and title, its state and time, and a line of detail below. */
final class StepCell extends ListCell<StepRow> {
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label seconds = new Label();
    private final Label detail = new Label();
    private final VBox box;

    StepCell() {
        title.getStyleClass().add("step-title");
        state.getStyleClass().add("badge");
        state.setMinWidth(Region.USE_PREF_SIZE);
        seconds.getStyleClass().add("muted");
        seconds.setMinWidth(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("step-detail");
        detail.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, seconds, state);
        head.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, head, detail);
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(StepRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(c -> c.startsWith("step-state-"));
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        title.setText(row.number() + ". " + row.title());
        state.setText(row.state().label());
        state.getStyleClass().removeIf(c -> c.equals("ok") || c.equals("warn") || c.equals("error")
                || c.equals("muted"));
        state.getStyleClass().add(badge(row.state()));
        seconds.setText(row.state() == StepState.PENDING || row.state() == StepState.RUNNING ? ""
                : String.format(Locale.ROOT, "%.1f s", row.seconds()));
        detail.setText(row.detail());
        getStyleClass().add("step-state-" + row.state().label());
        setGraphic(box);
    }

    private static String badge(StepState s) {
        return switch (s) {
            case DONE -> "ok";
            case RUNNING, CANCELLED -> "warn";
            case FAILED -> "error";
            case PENDING, SKIPPED -> "muted";
        };
    }
}

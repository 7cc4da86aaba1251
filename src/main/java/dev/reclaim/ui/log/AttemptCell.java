package dev.reclaim.ui.log;

import dev.reclaim.log.Attempt;
import dev.reclaim.log.CodeExplanation;
import dev.reclaim.log.Outcome;
import dev.reclaim.log.StageTiming;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One connection attempt in the timeline: its outcome, then its stages in order with timings, the failing one marked. */
final class AttemptCell extends ListCell<Attempt> {
    /** The view model's explanation of an attempt's code (null when it has none). */
    private final Function<Attempt, CodeExplanation> explain;
    private final Label title = new Label();
    private final Label outcome = new Label();
    private final Label code = new Label();
    private final FlowPane stages = new FlowPane(4, 4);
    private final VBox box;

    AttemptCell(Function<Attempt, CodeExplanation> explain) {
        this.explain = explain;
        getStyleClass().add("attempt-cell");
        title.getStyleClass().add("attempt-title");
        code.getStyleClass().add("muted");
        outcome.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        code.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, outcome);
        head.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(5, head, stages, code);
        box.setMinWidth(0);
        // A cell as wide as the list, not as its content: the stage chips then wrap instead of scrolling sideways.
        setPrefWidth(0);
        stages.prefWrapLengthProperty().bind(widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(Attempt a, boolean empty) {
        super.updateItem(a, empty);
        setText(null);
        if (empty || a == null) {
            setGraphic(null);
            return;
        }
        title.setText("Attempt " + a.number() + (a.deviceMillis() >= 0
                ? String.format(Locale.ROOT, "  ·  at %.3f s", a.deviceMillis() / 1000.0) : "")
                + "  ·  line " + a.line());
        outcome.setText(outcomeText(a.outcome()));
        outcome.getStyleClass().setAll("label", "badge", badge(a.outcome()));
        stages.getChildren().clear();
        for (StageTiming t : a.stages()) {
            stages.getChildren().add(chip(t));
        }
        CodeExplanation why = explain.apply(a);
        code.setText(why == null ? "" : "Code " + why.describe());
        code.setManaged(why != null);
        code.setVisible(why != null);
        setGraphic(box);
    }

    private static Label chip(StageTiming t) {
        String mark = switch (t.status()) {
            case OK -> "✓ ";
            case FAILED -> "✕ ";
            case OPEN -> "… ";
        };
        long ms = t.millis();
        Label chip = new Label(mark + t.stage().label() + (ms >= 0 ? "  " + ms + " ms" : ""));
        chip.getStyleClass().addAll("stage-chip", "stage-" + t.status().id());
        chip.setTooltip(new Tooltip(t.stage().activity() + " — log line " + t.line()));
        return chip;
    }

    private static String outcomeText(Outcome o) {
        return switch (o) {
            case CONNECTED -> "connected";
            case FAILED -> "failed";
            case INCOMPLETE -> "incomplete";
            case IN_PROGRESS -> "in progress";
        };
    }

    private static String badge(Outcome o) {
        return switch (o) {
            case CONNECTED -> "ok";
            case FAILED -> "error";
            case INCOMPLETE -> "warn";
            case IN_PROGRESS -> "muted";
        };
    }
}

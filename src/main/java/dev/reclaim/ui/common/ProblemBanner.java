package dev.reclaim.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An in-window banner under the menu bar that shows the latest problem with its fix. Banners stay until dismissed
 * (a technician may be looking at the board when it appears); older ones come back when the newest is dismissed.
 */
public final class ProblemBanner extends HBox implements Notifier {
    private final Deque<Problem> problems = new ArrayDeque<>();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label fix = new Label();
    private final Label more = new Label();

    public ProblemBanner() {
        setId("problem-banner");
        getStyleClass().add("problem-banner");
        title.getStyleClass().add("problem-title");
        title.setId("problem-title");
        detail.setId("problem-detail");
        detail.setWrapText(true);
        fix.setId("problem-fix");
        fix.getStyleClass().add("problem-fix");
        fix.setWrapText(true);
        more.getStyleClass().add("problem-more");
        Button dismiss = new Button("Dismiss");
        dismiss.setId("problem-dismiss");
        dismiss.setOnAction(e -> dismiss());
        VBox text = new VBox(2, new HBox(8, title, more), detail, fix);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label icon = new Label("⚠");
        icon.getStyleClass().add("problem-icon");
        getChildren().addAll(icon, text, dismiss);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    @Override
    public void show(Problem problem) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(problem));
            return;
        }
        problems.push(problem);
        render();
    }

    /** Hides the shown problem and brings back the one before it, if any. */
    public void dismiss() {
        problems.poll();
        render();
    }

    /** The problem on display, or null. */
    public Problem current() {
        return problems.peek();
    }

    private void render() {
        Problem p = problems.peek();
        setVisible(p != null);
        if (p == null) {
            return;
        }
        title.setText(p.title());
        detail.setText(p.detail());
        fix.setText(p.fix().isEmpty() ? "" : "Fix: " + p.fix());
        fix.setVisible(!p.fix().isEmpty());
        more.setText(problems.size() > 1 ? "(+" + (problems.size() - 1) + " earlier)" : "");
    }
}

package dev.reclaim.ui.finding;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.WizardId;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One finding in plain words, whether a DCT check or a log diagnosis: what is wrong, why, what to do, a link to
 * where it is (the log lines, the DCT field) and a button that starts its wizard.
 */
public final class FindingCard extends VBox {
    private static final int LINES_SHOWN = 6;

    /**
     * @param launcher starts a wizard (the one place that knows how)
     * @param reveal   shows where the finding is: scrolls the log to its first line, selects its DCT field
     */
    public FindingCard(Finding f, Consumer<WizardId> launcher, Consumer<Finding> reveal) {
        getStyleClass().addAll("card", "finding-card", "severity-" + severityClass(f));
        setSpacing(6);
        setFillWidth(true);

        Label title = new Label(f.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label severity = new Label(f.severity().id());
        severity.getStyleClass().addAll("badge", badgeClass(f));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, severity);
        head.setAlignment(Pos.TOP_LEFT);

        Label cause = new Label(f.cause());
        cause.setWrapText(true);
        cause.getStyleClass().add("finding-cause");
        Label fix = new Label("Fix: " + f.fix());
        fix.setWrapText(true);
        fix.getStyleClass().add("finding-fix");
        getChildren().addAll(head, cause, fix);

        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        String where = where(f);
        if (where != null) {
            Hyperlink link = new Hyperlink(where);
            link.getStyleClass().add("finding-where");
            link.setDisable(f.location() instanceof Location.Log && f.lines().isEmpty());
            link.setOnAction(e -> reveal.accept(f));
            actions.getChildren().add(link);
        }
        f.wizard().ifPresent(w -> {
            Region g2 = new Region();
            HBox.setHgrow(g2, Priority.ALWAYS);
            Button go = new Button(buttonLabel(w));
            go.getStyleClass().add("fix-button");
            if (!w.available()) {
                Tips.on(go, "The " + w.title() + " wizard is on its way; until then this opens the "
                        + "DCT field the fix is about.");
            }
            go.setOnAction(e -> launcher.accept(w));
            actions.getChildren().addAll(g2, go);
        });
        if (!actions.getChildren().isEmpty()) {
            getChildren().add(actions);
        }
    }

    /** The fix button's words for a wizard. */
    public static String buttonLabel(WizardId w) {
        return w.title() + "…";
    }

    /** The link's words: the log lines and attempts, or the DCT field; null when there is nowhere to go. */
    private static String where(Finding f) {
        if (f.location() instanceof Location.Log l) {
            return evidence(l);
        }
        return f.field().map(name -> "Field " + name).orElse(null);
    }

    private static String evidence(Location.Log l) {
        String lines = l.lines().stream().limit(LINES_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return (l.attempts() > 0 ? "Seen in " + l.attempts() + (l.attempts() == 1 ? " attempt" : " attempts") + " · "
                : "") + (l.lines().isEmpty() ? "no lines" : "line" + (l.lines().size() > 1 ? "s " : " ") + lines
                + (l.lines().size() > LINES_SHOWN ? " …" : ""));
    }

    private static String severityClass(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warn";
            case INFO -> "ok";
        };
    }

    private static String badgeClass(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warn";
            case INFO -> "muted";
        };
    }
}

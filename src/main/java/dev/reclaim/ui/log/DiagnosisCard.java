package dev.reclaim.ui.log;

import dev.reclaim.log.Diagnosis;
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

/** One diagnosis in plain words: what failed, why, what to do, and a button that starts the fix. */
public final class DiagnosisCard extends VBox {
    DiagnosisCard(Diagnosis d, Consumer<Diagnosis> fixer, Consumer<Long> showLine) {
        getStyleClass().addAll("card", "diagnosis-card", "severity-" + severityClass(d));
        setSpacing(6);
        setFillWidth(true);

        Label title = new Label(d.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label severity = new Label(d.severity().id());
        severity.getStyleClass().addAll("badge", badgeClass(d));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, severity);
        head.setAlignment(Pos.TOP_LEFT);

        Label cause = new Label(d.cause());
        cause.setWrapText(true);
        cause.getStyleClass().add("diagnosis-cause");
        Label fix = new Label("Fix: " + d.fix());
        fix.setWrapText(true);
        fix.getStyleClass().add("diagnosis-fix");

        Hyperlink lines = new Hyperlink(evidence(d));
        lines.getStyleClass().add("diagnosis-lines");
        lines.setDisable(d.lines().isEmpty());
        lines.setOnAction(e -> showLine.accept(d.lines().get(0)));
        getChildren().addAll(head, cause, fix);
        HBox actions = new HBox(8, lines);
        actions.setAlignment(Pos.CENTER_LEFT);
        String wizard = wizardLabel(d.wizard());
        if (wizard != null) {
            Region g2 = new Region();
            HBox.setHgrow(g2, Priority.ALWAYS);
            Button go = new Button(wizard);
            go.getStyleClass().add("fix-button");
            go.setDefaultButton(d.severity() == dev.reclaim.log.Severity.ERROR);
            go.setOnAction(e -> fixer.accept(d));
            actions.getChildren().addAll(g2, go);
        }
        getChildren().add(actions);
    }

    /** The button's words for a wizard id from the diagnosis rules. */
    public static String wizardLabel(String wizard) {
        if (wizard == null) {
            return null;
        }
        return switch (wizard) {
            case "recover-keys" -> "Recover keys…";
            case "set-server" -> "Set server…";
            default -> "Fix: " + wizard.replace('-', ' ') + "…";
        };
    }

    private static String evidence(Diagnosis d) {
        String where = d.lines().stream().limit(6).map(String::valueOf).collect(Collectors.joining(", "));
        return (d.attempts() > 0 ? "Seen in " + d.attempts() + (d.attempts() == 1 ? " attempt" : " attempts") + " · "
                : "") + (d.lines().isEmpty() ? "no lines" : "line" + (d.lines().size() > 1 ? "s " : " ") + where
                + (d.lines().size() > 6 ? " …" : ""));
    }

    private static String severityClass(Diagnosis d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warn";
            case INFO -> "ok";
        };
    }

    private static String badgeClass(Diagnosis d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warn";
            case INFO -> "muted";
        };
    }
}

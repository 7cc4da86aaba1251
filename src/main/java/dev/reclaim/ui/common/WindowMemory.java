package dev.reclaim.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position, maximised state, split-pane dividers, theme and the Line's recipe between
 * runs (java.util.prefs). The node is injected so tests use a scratch node of their own.
 */
public final class WindowMemory {
    private static final double MIN_W = 640;
    private static final double MIN_H = 420;
    private final Preferences node;
    private final Map<String, SplitPane> panes = new LinkedHashMap<>();

    public WindowMemory(Preferences node) {
        this.node = node;
    }

    /** The user's node for Reclaim's window. */
    public static WindowMemory forUser() {
        return new WindowMemory(Preferences.userRoot().node("dev/reclaim/ui/window"));
    }

    /** Sizes and places the stage as last time, falling back to {@code defaultW × defaultH} centred. */
    public void restore(Stage stage, double defaultW, double defaultH) {
        // Never larger than the screen: a remembered size from a bigger monitor would hide the status bar.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(screen.getWidth(), Math.max(MIN_W, node.getDouble("w", defaultW)));
        double h = Math.min(screen.getHeight(), Math.max(MIN_H, node.getDouble("h", defaultH)));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        // A window remembered on a monitor that is gone would open out of sight: only restore a visible position.
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    /** Saves the stage's geometry; call when the window closes. */
    public void remember(Stage stage) {
        panes.forEach((key, pane) -> {
            double[] positions = pane.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                node.putDouble(key + ".divider" + i, positions[i]);
            }
        });
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("w", stage.getWidth());
            node.putDouble("h", stage.getHeight());
        }
        flush();
    }

    /**
     * Restores the divider positions of {@code pane} saved under {@code key}; {@link #remember} saves them. Saving
     * only on close keeps the positions the layout passes through while the window opens out of the record.
     */
    public void track(String key, SplitPane pane) {
        panes.put(key, pane);
        List<SplitPane.Divider> dividers = pane.getDividers();
        for (int i = 0; i < dividers.size(); i++) {
            double saved = node.getDouble(key + ".divider" + i, Double.NaN);
            if (!Double.isNaN(saved) && saved > 0.02 && saved < 0.98) {
                dividers.get(i).setPosition(saved);
            }
        }
    }

    public Theme theme() {
        return Theme.parse(node.get("theme", ""), Theme.LIGHT);
    }

    public void theme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    /** The Line's recipe last chosen: a shipped recipe's name or a recipe file's path; empty when none was. */
    public String lineRecipe() {
        return node.get("line.recipe", "");
    }

    public void lineRecipe(String nameOrFile) {
        node.put("line.recipe", nameOrFile);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window layout is not worth bothering the user about; the next run uses defaults.
        }
    }

    private static boolean onSomeScreen(double x, double y, double w, double h) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 100), Math.min(h, 100))).isEmpty();
    }
}

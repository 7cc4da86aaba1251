package dev.reclaim.ui.common;

import javafx.scene.Scene;

/** The two looks of the workstation. Both share {@code reclaim.css}; each adds its colour variables. */
public enum Theme {
    LIGHT("theme-light.css", CanvasPalette.LIGHT),
    DARK("theme-dark.css", CanvasPalette.DARK);

    private static final String BASE = "/dev/reclaim/ui/reclaim.css";
    private final String stylesheet;
    private final CanvasPalette palette;

    Theme(String stylesheet, CanvasPalette palette) {
        this.stylesheet = "/dev/reclaim/ui/" + stylesheet;
        this.palette = palette;
    }

    /** The colours of the canvas-painted views in this theme. */
    public CanvasPalette palette() {
        return palette;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Replaces the scene's stylesheets with the base sheet and this theme's colours. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(url(stylesheet), url(BASE));
    }

    private static String url(String resource) {
        var u = Theme.class.getResource(resource);
        if (u == null) {
            throw new IllegalStateException("Missing stylesheet " + resource + " in the Reclaim jar");
        }
        return u.toExternalForm();
    }

    public static Theme parse(String name, Theme fallback) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return fallback;
    }
}

package dev.reclaim.ui.common;

import javafx.scene.paint.Color;

/**
 * Colours for the views that paint on a canvas (hex view, log lines) — they draw thousands of glyphs per frame
 * without nodes, so CSS cannot reach them; each {@link Theme} supplies one of these instead.
 */
public record CanvasPalette(Color background, Color stripe, Color text, Color dimText, Color mutedText,
                            Color accent, Color warn, Color error, Color selection, double spanAlpha) {
    public static final CanvasPalette LIGHT = new CanvasPalette(Color.web("#ffffff"), Color.web("#f6f7f9"),
            Color.web("#1d232b"), Color.web("#a3abb5"), Color.web("#6b7785"), Color.web("#1565c0"),
            Color.web("#a15c00"), Color.web("#c62828"), Color.web("#d6e6fb"), 0.30);
    public static final CanvasPalette DARK = new CanvasPalette(Color.web("#1e2227"), Color.web("#23272d"),
            Color.web("#d7dde5"), Color.web("#5d6672"), Color.web("#7f8b99"), Color.web("#64b5f6"),
            Color.web("#ffb74d"), Color.web("#ff8a80"), Color.web("#2f4a66"), 0.38);
}

package dev.reclaim.ui.hex;

import javafx.scene.paint.Color;

/** The hex view's colours; it paints on a canvas, so they come from here rather than from CSS. */
public record HexPalette(Color background, Color stripe, Color text, Color dimText, Color offsetText,
                         Color modified, Color caret, Color selection, double spanAlpha) {
    public static final HexPalette LIGHT = new HexPalette(Color.web("#ffffff"), Color.web("#f6f7f9"),
            Color.web("#1d232b"), Color.web("#a3abb5"), Color.web("#6b7785"), Color.web("#c62828"),
            Color.web("#1565c0"), Color.web("#1565c0"), 0.30);
    public static final HexPalette DARK = new HexPalette(Color.web("#1e2227"), Color.web("#23272d"),
            Color.web("#d7dde5"), Color.web("#5d6672"), Color.web("#7f8b99"), Color.web("#ff8a80"),
            Color.web("#64b5f6"), Color.web("#90caf9"), 0.38);
}

package dev.reclaim.ui.hex;

import javafx.scene.paint.Color;

/**
 * A named run of bytes overlaid on the hex view in colour, such as a DCT field. A secret span (a private key) is
 * painted masked: its bytes must never reach the screen, a screenshot or a screen share.
 */
public record Span(String name, int offset, int size, Color colour, String tooltip, boolean secret) {
    public Span(String name, int offset, int size, Color colour, String tooltip) {
        this(name, offset, size, colour, tooltip, false);
    }

    public Span {
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException("Span " + name + " needs offset >= 0 and size > 0");
        }
        tooltip = tooltip == null ? "" : tooltip;
    }

    public int end() {
        return offset + size;
    }

    public boolean contains(int byteOffset) {
        return byteOffset >= offset && byteOffset < end();
    }
}

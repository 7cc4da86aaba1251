package dev.reclaim.ui.hex;

import dev.reclaim.ui.common.CanvasPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Paints one 16-byte row (address, hex bytes, ASCII) and maps an x position back to a byte column. Every row
 * cell shares one painter, so the layout is measured once.
 */
final class HexRowPainter {
    static final int COLUMNS = 16;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final double PAD = 8;

    private final Font font;
    private final Font bold;
    private final double cw;
    private final double rowHeight;
    private final double hexX;
    private final double asciiX;
    private final double width;

    HexRowPainter(double fontSize) {
        font = Font.font("Monospaced", fontSize);
        bold = Font.font("Monospaced", FontWeight.BOLD, fontSize);
        Text probe = new Text("0000000000");
        probe.setFont(font);
        cw = probe.getLayoutBounds().getWidth() / 10;
        rowHeight = Math.ceil(probe.getLayoutBounds().getHeight() + 6);
        hexX = PAD + 10 * cw;
        asciiX = columnX(COLUMNS - 1) + 4 * cw;
        width = asciiX + COLUMNS * cw + PAD;
    }

    double rowHeight() {
        return rowHeight;
    }

    double width() {
        return width;
    }

    /** The x where byte column {@code col}'s two hex digits start; columns 8..15 sit one char further right. */
    double columnX(int col) {
        return hexX + col * 3 * cw + (col >= 8 ? cw : 0);
    }

    double asciiColumnX(int col) {
        return asciiX + col * cw;
    }

    /** The byte column under x, in the hex or the ASCII part, or -1 for the address column or a margin. */
    int columnAt(double x) {
        if (x >= asciiX - cw / 2 && x < asciiX + COLUMNS * cw) {
            return (int) Math.max(0, Math.min(COLUMNS - 1, (x - asciiX) / cw));
        }
        for (int col = 0; col < COLUMNS; col++) {
            double start = columnX(col);
            if (x >= start - cw / 2 && x < start + 2.5 * cw) {
                return col;
            }
        }
        return -1;
    }

    void paintHeader(GraphicsContext g, CanvasPalette p) {
        g.setFill(p.stripe());
        g.fillRect(0, 0, width, rowHeight);
        g.setFont(bold);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.mutedText());
        double y = rowHeight / 2;
        g.fillText("Address", PAD, y);
        for (int col = 0; col < COLUMNS; col++) {
            g.fillText(new String(new char[] {HEX[col >> 4], HEX[col & 15]}), columnX(col), y);
            g.fillText(String.valueOf(HEX[col]), asciiColumnX(col), y);
        }
    }

    /** Paints row {@code row} of {@code view}'s bytes, or an empty row when {@code row < 0}. */
    void paintRow(GraphicsContext g, HexView view, int row) {
        CanvasPalette p = view.getPalette();
        ByteSource src = view.getSource();
        g.setFill(row % 2 == 1 ? p.stripe() : p.background());
        g.fillRect(0, 0, width, rowHeight);
        if (row < 0 || src == null) {
            return;
        }
        int first = row * COLUMNS;
        double y = rowHeight / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        g.setFill(p.mutedText());
        g.fillText(hex(src.baseAddress() + first, 8), PAD, y);
        Span selected = view.getSelectedSpan();
        int caret = view.getCaret();
        ByteDocument doc = src instanceof ByteDocument d ? d : null;
        for (int col = 0; col < COLUMNS; col++) {
            int off = first + col;
            if (off >= src.size()) {
                break;
            }
            Span span = view.spanAt(off);
            if (span != null) {
                boolean isSelected = span.equals(selected);
                g.setFill(withAlpha(span.colour(), isSelected ? Math.min(1, p.spanAlpha() * 2.4) : p.spanAlpha()));
                boolean joinsNext = col < COLUMNS - 1 && span.contains(off + 1);
                double w = joinsNext ? columnX(col + 1) - columnX(col) : 2 * cw;
                g.fillRect(columnX(col) - cw / 4, 1, w, rowHeight - 2);
                g.fillRect(asciiColumnX(col), 1, cw, rowHeight - 2);
            }
            if (off == caret) {
                g.setStroke(p.accent());
                g.setLineWidth(1.5);
                g.strokeRect(columnX(col) - cw / 4, 1.5, 2.5 * cw, rowHeight - 3);
                g.strokeRect(asciiColumnX(col), 1.5, cw, rowHeight - 3);
            }
            int b = src.get(off);
            boolean modified = doc != null && doc.isModified(off);
            g.setFont(modified ? bold : font);
            g.setFill(modified ? p.error() : (b == 0x00 || b == 0xFF) ? p.dimText() : p.text());
            boolean secret = span != null && span.secret();
            g.fillText(HexCells.hex(b, secret), columnX(col), y);
            g.fillText(HexCells.ascii(b, secret), asciiColumnX(col), y);
        }
    }

    static String hex(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = HEX[(int) (value & 15)];
            value >>>= 4;
        }
        return new String(out);
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}

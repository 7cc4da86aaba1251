package dev.reclaim.ui.hex;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/** One reusable row of the hex view: a canvas repainted from the shared bytes whenever it shows another row. */
final class HexRowCell extends ListCell<Integer> {
    private final HexView view;
    private final HexRowPainter painter;
    private final Canvas canvas;
    private final Tooltip tip = new Tooltip();
    private Span tipSpan;

    HexRowCell(HexView view, HexRowPainter painter) {
        this.view = view;
        this.painter = painter;
        this.canvas = new Canvas(painter.width(), painter.rowHeight());
        getStyleClass().add("hex-row");
        tip.setShowDelay(Duration.millis(350));
        setText(null);
        setGraphic(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            int offset = offsetAt(e.getX());
            if (offset >= 0 && e.getButton() == MouseButton.PRIMARY) {
                view.onByteClicked(offset);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> updateTooltip(view.spanAt(offsetAt(e.getX()))));
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void updateItem(Integer row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        repaint();
    }

    void repaint() {
        Integer row = getItem();
        painter.paintRow(canvas.getGraphicsContext2D(), view, isEmpty() || row == null ? -1 : row);
    }

    private int offsetAt(double x) {
        int col = painter.columnAt(x);
        Integer row = getItem();
        if (col < 0 || row == null || isEmpty() || view.getSource() == null) {
            return -1;
        }
        int offset = row * HexRowPainter.COLUMNS + col;
        return offset < view.getSource().size() ? offset : -1;
    }

    private void updateTooltip(Span span) {
        if (span == tipSpan) {
            return;
        }
        tipSpan = span;
        if (span == null) {
            Tooltip.uninstall(canvas, tip);
            return;
        }
        tip.setText(span.name() + "  ·  offset 0x" + Integer.toHexString(span.offset()).toUpperCase()
                + ", " + span.size() + " bytes" + (span.tooltip().isEmpty() ? "" : "\n" + span.tooltip()));
        Tooltip.install(canvas, tip);
    }
}

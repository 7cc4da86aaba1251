package dev.reclaim.ui.log;

import dev.reclaim.log.Level;
import dev.reclaim.ui.common.CanvasPalette;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A virtualized list of log lines painted on one canvas: only the rows on screen are drawn, straight from the
 * (filtered) row list, so a million lines and a batch of thousands per frame cost the same few milliseconds.
 * (A ListView re-measures every row whenever its item count changes, which at a million rows stalls each frame.)
 * Selection is a range of line numbers, so it survives filtering and trimming; Shift extends it, Ctrl+A takes all,
 * Ctrl+C copies it.
 */
public final class LogLines extends Region {
    private static final double PAD = 8;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Font font = Font.font("Monospaced", 12.5);
    private final Font bold = Font.font("Monospaced", FontWeight.BOLD, 12.5);
    private final double cw;
    private final double rowHeight;
    private final ObjectProperty<CanvasPalette> palette = new SimpleObjectProperty<>(this, "palette",
            CanvasPalette.LIGHT);
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ListChangeListener<LogRow> onChange = c -> itemsChanged();
    private ObservableList<LogRow> items;
    private String placeholder = "";
    private int top;
    private double xOffset;
    private int widestChars;
    private long anchor = -1;
    private long lead = -1;
    private boolean adjustingBars;

    public LogLines() {
        getStyleClass().add("log-lines");
        setFocusTraversable(true);
        Text probe = new Text("0000000000");
        probe.setFont(font);
        cw = probe.getLayoutBounds().getWidth() / 10;
        rowHeight = Math.ceil(probe.getLayoutBounds().getHeight() + 4);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        getChildren().addAll(canvas, vbar, hbar);
        vbar.valueProperty().addListener((o, a, v) -> {
            if (!adjustingBars) {
                top = (int) Math.round(v.doubleValue());
                following.set(top >= maxTop());
                requestLayout();
            }
        });
        hbar.valueProperty().addListener((o, a, v) -> {
            if (!adjustingBars) {
                xOffset = v.doubleValue();
                requestLayout();
            }
        });
        following.addListener((o, was, now) -> {
            if (now) {
                top = maxTop();
                requestLayout();
            }
        });
        palette.addListener((o, a, b) -> requestLayout());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** The height of one line in pixels. */
    double rowHeight() {
        return rowHeight;
    }

    public void setItems(ObservableList<LogRow> rows) {
        if (items != null) {
            items.removeListener(onChange);
        }
        items = rows;
        items.addListener(onChange);
        itemsChanged();
    }

    /** Text shown when there are no lines. */
    public void setPlaceholder(String text) {
        placeholder = text;
        requestLayout();
    }

    public ObjectProperty<CanvasPalette> paletteProperty() {
        return palette;
    }

    /** True keeps the newest line in view as lines arrive; scrolling up turns it off, End turns it back on. */
    public BooleanProperty followingProperty() {
        return following;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** The rows on screen now, top to bottom. */
    List<LogRow> visibleRows() {
        List<LogRow> out = new ArrayList<>();
        int n = size();
        for (int i = top; i < Math.min(n, top + rowsOnScreen()); i++) {
            out.add(items.get(i));
        }
        return out;
    }

    /** The selected rows that the current filter shows, in order. */
    public List<LogRow> selectedRows() {
        if (anchor < 0 || items == null) {
            return List.of();
        }
        long lo = Math.min(anchor, lead);
        long hi = Math.max(anchor, lead);
        List<LogRow> out = new ArrayList<>();
        for (int i = indexAtOrAfter(lo); i < items.size() && items.get(i).number() <= hi; i++) {
            out.add(items.get(i));
        }
        return out;
    }

    /** Selects the row of line {@code number} (or the next one shown) a few rows from the top; stops following. */
    public void reveal(long number) {
        int i = indexAtOrAfter(number);
        if (i >= size()) {
            return;
        }
        following.set(false);
        anchor = lead = items.get(i).number();
        hasSelection.set(true);
        scrollTo(Math.max(0, i - 3));
    }

    public void copySelection() {
        List<LogRow> sel = selectedRows();
        if (!sel.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(LogViewModel.textOf(sel));
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        canvas.setWidth(Math.max(0, w - vw));
        canvas.setHeight(Math.max(0, h - hh));
        canvas.relocate(x0, y0);
        vbar.resizeRelocate(x0 + w - vw, y0, vw, Math.max(0, h - hh));
        hbar.resizeRelocate(x0, y0 + h - hh, Math.max(0, w - vw), hh);
        if (following.get()) {
            top = maxTop();
        }
        top = Math.max(0, Math.min(top, maxTop()));
        paint();
        updateBars();
    }

    // ---- painting ----

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        CanvasPalette p = palette.get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        int n = size();
        if (n == 0) {
            g.setFill(p.mutedText());
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(placeholder, w / 2, h / 2);
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        long lo = anchor < 0 ? Long.MAX_VALUE : Math.min(anchor, lead);
        long hi = anchor < 0 ? Long.MIN_VALUE : Math.max(anchor, lead);
        int firstChar = (int) (xOffset / cw);
        int charsOnScreen = (int) (w / cw) + 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int rows = rowsOnScreen();
        for (int i = 0; i < rows && top + i < n; i++) {
            LogRow row = items.get(top + i);
            double y = i * rowHeight;
            boolean selected = row.number() >= lo && row.number() <= hi;
            if (selected) {
                g.setFill(p.selection());
                g.fillRect(0, y, w, rowHeight);
            }
            String text = row.text();
            widestChars = Math.max(widestChars, text.length());
            if (text.length() > firstChar) {
                g.setFont(row.level() == Level.WARN || row.level().compareTo(Level.ERROR) >= 0
                        && row.level() != Level.NONE ? bold : font);
                g.setFill(colour(row.level(), p));
                g.fillText(text.substring(firstChar, Math.min(text.length(), firstChar + charsOnScreen)),
                        PAD - (xOffset - firstChar * cw), y + rowHeight / 2);
            }
        }
    }

    /** The style class of a level's controls, e.g. "log-warn" (the lines themselves are painted). */
    static String styleClass(Level level) {
        return "log-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Color colour(Level level, CanvasPalette p) {
        return switch (level) {
            case TRACE -> p.dimText();
            case WARN -> p.warn();
            case ERROR, PANIC -> p.error();
            default -> p.text();
        };
    }

    // ---- scrolling ----

    private void itemsChanged() {
        if (anchor >= 0 && size() == 0) {
            anchor = lead = -1;
            hasSelection.set(false);
        }
        requestLayout();
    }

    private void updateBars() {
        adjustingBars = true;
        try {
            int max = maxTop();
            vbar.setMin(0);
            vbar.setMax(max);
            vbar.setVisibleAmount(Math.max(1, fullRowsOnScreen() * (double) Math.max(1, max)
                    / Math.max(1, size())));
            vbar.setBlockIncrement(Math.max(1, fullRowsOnScreen() - 1));
            vbar.setUnitIncrement(1);
            vbar.setValue(top);
            double hmax = Math.max(0, widestChars * cw + 2 * PAD - canvas.getWidth());
            hbar.setMax(hmax);
            hbar.setVisibleAmount(Math.max(1, canvas.getWidth() * Math.max(1, hmax) / (hmax + canvas.getWidth())));
            hbar.setUnitIncrement(cw * 4);
            xOffset = Math.min(xOffset, hmax);
            hbar.setValue(xOffset);
            hbar.setDisable(hmax == 0);
            vbar.setDisable(max == 0);
        } finally {
            adjustingBars = false;
        }
    }

    private void scrollTo(int newTop) {
        top = Math.max(0, Math.min(newTop, maxTop()));
        following.set(top >= maxTop() && following.get());
        requestLayout();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            int rows = (int) Math.signum(-e.getDeltaY()) * Math.max(1, (int) Math.round(Math.abs(e.getDeltaY())
                    / rowHeight));
            if (rows < 0) {
                following.set(false);
            }
            scrollTo(top + rows);
            if (top >= maxTop() && rows > 0) {
                following.set(true);
            }
        }
        if (e.getDeltaX() != 0) {
            xOffset = Math.max(0, Math.min(hbar.getMax(), xOffset - e.getDeltaX()));
            requestLayout();
        }
        e.consume();
    }

    // ---- selection ----

    private void onPress(MouseEvent e) {
        requestFocus();
        int i = indexAtY(e.getY());
        if (i < 0) {
            return;
        }
        long number = items.get(i).number();
        if (!e.isShiftDown() || anchor < 0) {
            anchor = number;
        }
        lead = number;
        hasSelection.set(true);
        requestLayout();
    }

    private void onDrag(MouseEvent e) {
        if (anchor < 0 || size() == 0) {
            return;
        }
        if (e.getY() < 0) {
            following.set(false);
            scrollTo(top - 1);
        } else if (e.getY() > canvas.getHeight()) {
            scrollTo(top + 1);
        }
        int i = Math.max(0, Math.min(size() - 1, top + (int) Math.floor(e.getY() / rowHeight)));
        lead = items.get(i).number();
        requestLayout();
    }

    private void onKey(KeyEvent e) {
        int n = size();
        if (n == 0) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            anchor = items.get(0).number();
            lead = items.get(n - 1).number();
            hasSelection.set(true);
            requestLayout();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copySelection();
            e.consume();
            return;
        }
        int current = lead < 0 ? top : indexAtOrAfter(lead);
        int page = Math.max(1, fullRowsOnScreen() - 1);
        int target = switch (e.getCode()) {
            case UP -> current - 1;
            case DOWN -> current + 1;
            case PAGE_UP -> current - page;
            case PAGE_DOWN -> current + page;
            case HOME -> 0;
            case END -> n - 1;
            default -> -2;
        };
        if (target == -2) {
            return;
        }
        e.consume();
        target = Math.max(0, Math.min(n - 1, target));
        lead = items.get(target).number();
        if (!e.isShiftDown() || anchor < 0) {
            anchor = lead;
        }
        hasSelection.set(true);
        if (e.getCode() == KeyCode.END) {
            following.set(true);
        } else {
            following.set(false);
        }
        if (target < top) {
            scrollTo(target);
        } else if (target >= top + fullRowsOnScreen()) {
            scrollTo(target - fullRowsOnScreen() + 1);
        } else {
            requestLayout();
        }
    }

    // ---- geometry ----

    private int size() {
        return items == null ? 0 : items.size();
    }

    private int rowsOnScreen() {
        return (int) Math.ceil(canvas.getHeight() / rowHeight);
    }

    private int fullRowsOnScreen() {
        return Math.max(1, (int) Math.floor(canvas.getHeight() / rowHeight));
    }

    private int maxTop() {
        return Math.max(0, size() - fullRowsOnScreen());
    }

    private int indexAtY(double y) {
        int i = top + (int) Math.floor(y / rowHeight);
        return y >= 0 && i < size() ? i : -1;
    }

    /** Rows are in ascending number order (appended in order; filtering keeps order), so search by number. */
    private int indexAtOrAfter(long number) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).number() < number) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

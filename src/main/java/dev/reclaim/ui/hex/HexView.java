package dev.reclaim.ui.hex;

import dev.reclaim.ui.common.CanvasPalette;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * A virtualized hex view: the list holds row indices only and a few reusable row cells paint 16 bytes each from
 * the {@link ByteSource}, so any size scrolls smoothly. Named {@link Span}s are overlaid in colour. Selection goes
 * both ways: setting {@link #selectedSpanProperty()} highlights and scrolls to the span; clicking a byte moves the
 * caret and reports the span it belongs to through the same property. With an {@link EditHistory} set, typing two
 * hex digits overwrites the byte under the caret as one undoable step.
 */
public final class HexView extends BorderPane {
    private final HexRowPainter painter = new HexRowPainter(13);
    private final ListView<Integer> rows = new ListView<>();
    private final Canvas header = new Canvas(painter.width(), painter.rowHeight());
    private final ObjectProperty<ByteSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<Span> spans = FXCollections.observableArrayList();
    private final ObjectProperty<Span> selectedSpan = new SimpleObjectProperty<>(this, "selectedSpan");
    private final ReadOnlyIntegerWrapper caret = new ReadOnlyIntegerWrapper(this, "caret", -1);
    private final ObjectProperty<EditHistory> history = new SimpleObjectProperty<>(this, "history");
    private final ObjectProperty<CanvasPalette> palette = new SimpleObjectProperty<>(this, "palette",
            CanvasPalette.LIGHT);
    private final Set<HexRowCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final ByteDocument.ChangeListener onBytesChanged = (from, to) -> redraw();
    private Span[] spanAt = new Span[0];
    private int pendingNibble = -1;

    public HexView() {
        getStyleClass().add("hex-view");
        rows.getStyleClass().add("hex-rows");
        rows.setFixedCellSize(painter.rowHeight());
        rows.setCellFactory(lv -> {
            HexRowCell cell = new HexRowCell(this, painter);
            cells.add(cell);
            return cell;
        });
        rows.setPrefWidth(painter.width() + 24);
        rows.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        rows.addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
        setTop(header);
        setCenter(rows);
        source.addListener((obs, old, now) -> onSourceChanged(old, now));
        spans.addListener((javafx.collections.ListChangeListener<Span>) c -> rebuildSpanIndex());
        selectedSpan.addListener((obs, old, now) -> {
            redraw();
            if (now != null) {
                reveal(now.offset());
            }
        });
        palette.addListener((obs, old, now) -> redraw());
        redraw();
    }

    // ---- properties ----

    public ObjectProperty<ByteSource> sourceProperty() {
        return source;
    }

    public ByteSource getSource() {
        return source.get();
    }

    public void setSource(ByteSource s) {
        source.set(s);
    }

    /** The overlaid spans; where spans overlap, the smallest one wins (a port inside a server address). */
    public ObservableList<Span> getSpans() {
        return spans;
    }

    public ObjectProperty<Span> selectedSpanProperty() {
        return selectedSpan;
    }

    public Span getSelectedSpan() {
        return selectedSpan.get();
    }

    public ReadOnlyIntegerProperty caretProperty() {
        return caret.getReadOnlyProperty();
    }

    public int getCaret() {
        return caret.get();
    }

    /** The undo stack typed bytes go to; null makes the view read-only. */
    public ObjectProperty<EditHistory> historyProperty() {
        return history;
    }

    public ObjectProperty<CanvasPalette> paletteProperty() {
        return palette;
    }

    public CanvasPalette getPalette() {
        return palette.get();
    }

    /** The span shown at a byte offset, or null. */
    public Span spanAt(int offset) {
        return offset >= 0 && offset < spanAt.length ? spanAt[offset] : null;
    }

    /** Moves the caret to a byte and scrolls it into view; the span there becomes the selected span. */
    public void moveCaret(int offset) {
        ByteSource src = getSource();
        if (src == null || src.size() == 0) {
            return;
        }
        int clamped = Math.max(0, Math.min(src.size() - 1, offset));
        pendingNibble = -1;
        caret.set(clamped);
        Span s = spanAt(clamped);
        if (s != getSelectedSpan()) {
            selectedSpan.set(s);
        }
        reveal(clamped);
        redraw();
    }

    /** Scrolls so that byte {@code offset} is in view, leaving caret and selection as they are. */
    public void scrollTo(int offset) {
        reveal(offset);
    }

    /** Where on screen byte {@code offset}'s hex digits are, if its row is showing (for pointers and popovers). */
    public Optional<Point2D> screenPointOf(int offset) {
        int row = offset / HexRowPainter.COLUMNS;
        for (HexRowCell cell : cells) {
            if (cell.getIndex() == row && !cell.isEmpty() && cell.isVisible() && cell.getScene() != null) {
                double x = painter.columnX(offset % HexRowPainter.COLUMNS) + 4;
                return Optional.ofNullable(cell.canvas().localToScreen(x, painter.rowHeight() / 2));
            }
        }
        return Optional.empty();
    }

    /** Indices of the first and last row on screen, or empty before the first layout. */
    public Optional<int[]> visibleRows() {
        if (!(rows.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return Optional.empty();
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first == null || last == null ? Optional.empty()
                : Optional.of(new int[] {first.getIndex(), last.getIndex()});
    }

    // ---- behaviour ----

    void onByteClicked(int offset) {
        rows.requestFocus();
        moveCaret(offset);
    }

    private void onSourceChanged(ByteSource old, ByteSource now) {
        if (old instanceof ByteDocument d) {
            d.removeListener(onBytesChanged);
        }
        if (now instanceof ByteDocument d) {
            d.addListener(onBytesChanged);
        }
        int n = now == null ? 0 : (now.size() + HexRowPainter.COLUMNS - 1) / HexRowPainter.COLUMNS;
        rows.setItems(FXCollections.observableList(new RowIndices(n)));
        caret.set(-1);
        pendingNibble = -1;
        rebuildSpanIndex();
    }

    private void rebuildSpanIndex() {
        ByteSource src = getSource();
        Span[] index = new Span[src == null ? 0 : src.size()];
        List<Span> bySizeDescending = new ArrayList<>(spans);
        bySizeDescending.sort(Comparator.comparingInt(Span::size).reversed());
        for (Span s : bySizeDescending) {
            for (int i = s.offset(); i < Math.min(s.end(), index.length); i++) {
                index[i] = s;
            }
        }
        spanAt = index;
        redraw();
    }

    private void reveal(int offset) {
        int row = offset / HexRowPainter.COLUMNS;
        if (rows.getSkin() == null) {
            // Not laid out yet (a document opened while the tab is hidden): scroll once the list has its skin.
            rows.skinProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    rows.skinProperty().removeListener(this);
                    rows.scrollTo(Math.max(0, row - 2));
                }
            });
            return;
        }
        Optional<int[]> visible = visibleRows();
        if (visible.isPresent() && row > visible.get()[0] && row < visible.get()[1]) {
            return;
        }
        rows.scrollTo(Math.max(0, row - 2));
    }

    private void redraw() {
        header.getGraphicsContext2D().clearRect(0, 0, header.getWidth(), header.getHeight());
        painter.paintHeader(header.getGraphicsContext2D(), getPalette());
        for (HexRowCell cell : cells) {
            cell.repaint();
        }
    }

    private void onKeyPressed(KeyEvent e) {
        int c = getCaret();
        if (getSource() == null || c < 0) {
            return;
        }
        int page = HexRowPainter.COLUMNS * Math.max(1, visibleRows().map(v -> v[1] - v[0] - 1).orElse(16));
        int target = switch (e.getCode()) {
            case LEFT -> c - 1;
            case RIGHT -> c + 1;
            case UP -> c - HexRowPainter.COLUMNS;
            case DOWN -> c + HexRowPainter.COLUMNS;
            case PAGE_UP -> c - page;
            case PAGE_DOWN -> c + page;
            case HOME -> c - c % HexRowPainter.COLUMNS;
            case END -> c - c % HexRowPainter.COLUMNS + HexRowPainter.COLUMNS - 1;
            case ESCAPE -> {
                pendingNibble = -1;
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
        if (target != Integer.MIN_VALUE) {
            moveCaret(target);
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        EditHistory h = history.get();
        int c = getCaret();
        if (h == null || c < 0 || e.getCharacter().length() != 1 || e.isShortcutDown()) {
            return;
        }
        int digit = Character.digit(e.getCharacter().charAt(0), 16);
        if (digit < 0) {
            return;
        }
        e.consume();
        if (pendingNibble < 0) {
            pendingNibble = digit;
            return;
        }
        int value = pendingNibble << 4 | digit;
        pendingNibble = -1;
        h.write("Type " + HexRowPainter.hex(value, 2) + " at 0x" + Integer.toHexString(c).toUpperCase(Locale.ROOT),
                c, new byte[] {(byte) value});
        moveCaret(c + 1);
    }

    /** Row numbers 0..n-1 without boxing a list of them up front. */
    private static final class RowIndices extends AbstractList<Integer> {
        private final int size;

        RowIndices(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}

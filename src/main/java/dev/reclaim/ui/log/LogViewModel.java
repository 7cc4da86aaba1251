package dev.reclaim.ui.log;

import dev.reclaim.log.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live log's state. Reader threads call {@link #append}; once per frame {@link #drain()} moves what
 * arrived into the row list in one {@code addAll} and trims it to the cap in one removal, so the view hears of it
 * once or twice a frame. One {@code runLater} per line would fall behind at device speeds; this does not.
 * The view shows {@link #shownRows()}, the rows behind a {@link FilteredList}.
 */
public final class LogViewModel {
    public static final int DEFAULT_CAP = 1_000_000;
    /** Per-frame ceiling so a burst is spread over frames instead of stalling one. */
    static final int MAX_PER_FRAME = 100_000;
    private static final int QUEUE_CAPACITY = 1 << 19;

    private final int cap;
    private final DropCountingQueue<LogRow> queue = new DropCountingQueue<>(QUEUE_CAPACITY);
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final FilteredList<LogRow> shown = new FilteredList<>(rows);
    private final List<LogRow> batch = new ArrayList<>();
    private final List<LogRow> held = new ArrayList<>();
    private final Map<Level, BooleanProperty> levelShown = new EnumMap<>(Level.class);
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<LogFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", LogFilter.ALL);
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused", false);
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper(this, "received");
    private final ReadOnlyIntegerWrapper heldCount = new ReadOnlyIntegerWrapper(this, "held");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final Set<String> knownCategories = new TreeSet<>();

    public LogViewModel() {
        this(DEFAULT_CAP);
    }

    public LogViewModel(int cap) {
        this.cap = cap;
        for (Level l : Level.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, l.name(), true);
            p.addListener((o, a, b) -> refilter());
            levelShown.put(l, p);
        }
        category.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        paused.addListener((o, was, now) -> {
            if (!now) {
                release();
            }
        });
    }

    // ---- feeding (any thread) ----

    /** Queues a line from a live reader thread; never blocks, counts a drop when the queue is full. */
    public void append(LogRow row) {
        queue.offer(row);
    }

    /** Queues a line from a file reader, waiting for room so that nothing of a file is ever dropped. */
    public void appendWaiting(LogRow row) throws InterruptedException {
        while (!queue.tryOffer(row)) {
            Thread.sleep(2);
        }
    }

    // ---- per frame (FX thread) ----

    /** Moves what arrived into the rows; run once per frame by a {@link dev.reclaim.ui.common.FramePump}. */
    public void drain() {
        batch.clear();
        if (queue.drainTo(batch, MAX_PER_FRAME) > 0) {
            learnCategories(batch);
            received.set(received.get() + batch.size());
            if (paused.get()) {
                held.addAll(batch);
                trim(held);
                heldCount.set(held.size());
            } else {
                addAll(batch);
            }
        }
        dropped.set(queue.dropped());
    }

    public void clear() {
        queue.clear();
        rows.clear();
        held.clear();
        heldCount.set(0);
        received.set(0);
    }

    // ---- state for the view ----

    public ObservableList<LogRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public FilteredList<LogRow> shownRows() {
        return shown;
    }

    public BooleanProperty levelShownProperty(Level level) {
        return levelShown.get(level);
    }

    /** Category prefix to show, "" for all. */
    public StringProperty categoryProperty() {
        return category;
    }

    /** Regular expression (or plain text) a shown line must contain, "" for all. */
    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<LogFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    /** While paused the view holds still; lines keep arriving and appear on resume. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty heldProperty() {
        return heldCount.getReadOnlyProperty();
    }

    /** The categories seen so far, sorted, for the category picker. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** The text of rows as lines, for the clipboard and for export. */
    public static String textOf(List<LogRow> selected) {
        StringBuilder sb = new StringBuilder(selected.size() * 64);
        for (LogRow r : selected) {
            sb.append(r.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Export of the lines shown now (filter applied), as work for {@link dev.reclaim.ui.common.Operations}: the
     * snapshot is taken here on the FX thread, the writing happens on the worker, atomically.
     */
    public dev.reclaim.ui.common.Operations.Work<Integer> exportShown(java.nio.file.Path target) {
        List<LogRow> snapshot = List.copyOf(shown);
        return progress -> {
            dev.reclaim.files.OwnerOnlyFiles.write(target, out -> {
                var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                        java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                int n = 0;
                for (LogRow r : snapshot) {
                    w.write(r.text());
                    w.write('\n');
                    if (++n % 50_000 == 0) {
                        progress.update(n, snapshot.size());
                        if (progress.isCancelled()) {
                            throw new java.io.InterruptedIOException("Export cancelled");
                        }
                    }
                }
                w.flush();
            }, true);
            return snapshot.size();
        };
    }

    private void release() {
        addAll(held);
        held.clear();
        heldCount.set(0);
    }

    private void addAll(List<LogRow> more) {
        if (more.isEmpty()) {
            return;
        }
        int excess = rows.size() + more.size() - cap;
        if (excess >= rows.size()) {
            rows.setAll(more.subList(Math.max(0, more.size() - cap), more.size())); // the batch alone fills the cap
        } else {
            rows.addAll(more);
            if (excess > 0) {
                rows.remove(0, excess);
            }
        }
    }

    private void trim(List<LogRow> list) {
        int excess = list.size() - cap;
        if (excess > 0) {
            list.subList(0, excess).clear();
        }
    }

    private void learnCategories(List<LogRow> arrived) {
        boolean changed = false;
        for (LogRow r : arrived) {
            if (!r.category().isEmpty() && knownCategories.add(r.category())) {
                changed = true;
            }
        }
        if (changed) {
            categories.setAll(knownCategories);
        }
    }

    private void refilter() {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        levelShown.forEach((l, p) -> {
            if (p.get()) {
                levels.add(l);
            }
        });
        LogFilter f = LogFilter.of(levels, category.get(), search.get());
        filter.set(f);
        shown.setPredicate(f.equals(LogFilter.ALL) ? null : f);
    }
}

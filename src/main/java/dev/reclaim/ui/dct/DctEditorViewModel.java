package dev.reclaim.ui.dct;

import dev.reclaim.dct.DctDiff;
import dev.reclaim.dct.DctFormat;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.finding.Finding;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.hex.ByteDocument;
import dev.reclaim.ui.hex.EditHistory;
import dev.reclaim.ui.hex.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The DCT editor's state: the image being edited (any format the engine reads), its undo history, the inspection
 * of the copy on show (fields, checks), and the selected field. Every change — a byte typed in the hex view or a
 * field set through a typed editor — is an undoable step; a field edit goes through the DCT engine, which writes the
 * next copy the way the firmware does, so it is one group of byte writes. The inspection is redone off the FX thread
 * after each change; the latest one wins.
 */
public final class DctEditorViewModel {
    private final Operations ops;
    private final Executor inspections;
    private final DctEdits edits = DctEdits.photonP1();
    private final FieldEditorModel fieldEditor = new FieldEditorModel(this);
    private final ReadOnlyObjectWrapper<ByteDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<EditHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No DCT open");
    private final ReadOnlyObjectWrapper<DctReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    /** 0 shows the copy the firmware would use; 1 or 2 pins that copy. */
    private final IntegerProperty shownCopy = new SimpleIntegerProperty(this, "shownCopy", 0);
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<Finding> checks = FXCollections.observableArrayList();
    private final ObservableList<Span> spans = FXCollections.observableArrayList();
    private final ObjectProperty<FieldRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ByteDocument.ChangeListener onBytes = (from, to) -> reinspect();
    private DctImage format;
    /** True from submitting an inspection until its result is back on the FX thread (Task states lag behind). */
    private boolean inspecting;
    private boolean inspectAgain;

    public DctEditorViewModel(Operations ops, Executor inspections) {
        this.ops = ops;
        this.inspections = inspections;
        history.addListener((o, old, h) -> title.bind(h == null ? Bindings.createStringBinding(() -> "No DCT open")
                : Bindings.createStringBinding(() -> name() + (h.dirtyProperty().get() ? " — modified" : ""),
                        h.dirtyProperty(), file, origin)));
        shownCopy.addListener((o, a, b) -> reinspect());
    }

    // ---- opening and saving ----

    /** Reads a DCT file of any format in the background and shows it. */
    public void open(Path path) {
        ops.job("open " + path.getFileName(), p -> {
            DctImage image = DctReader.read(path);
            return new Opened(image, DctInspector.inspect(image));
        }).onSuccess(o -> show(o.image(), path, path.getFileName().toString(), o.report())).start();
    }

    /** Shows an image that did not come from a file (a device read); {@code origin} names where it came from. */
    public void show(DctImage image, String originText) {
        show(image, null, originText, DctInspector.inspect(image));
    }

    private void show(DctImage image, Path path, String originText, DctReport first) {
        if (document.get() != null) {
            document.get().removeListener(onBytes);
        }
        format = image;
        ByteDocument doc = new ByteDocument(image.bytes(), Math.max(0, DctSpans.baseAddress(image)));
        doc.addListener(onBytes);
        file.set(path);
        origin.set(originText);
        document.set(doc);
        history.set(new EditHistory(doc));
        shownCopy.set(0);
        apply(first);
    }

    /** Saves to the file it came from, in its format; false when there is none yet (the caller asks for one). */
    public boolean save() {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    /**
     * Saves owner-only (a DCT holds the device's private key) and atomically. A name ending in ".hex" saves a
     * two-sector image as Intel HEX; anything else saves in the image's own format.
     */
    public void saveAs(Path target) {
        EditHistory h = history.get();
        if (h == null) {
            return;
        }
        DctImage image = image();
        byte[] content = asHex(target) && image.format() == DctFormat.TWO_SECTORS
                ? DctImage.ofIntelHex(image.bytes(), 0).toFileBytes() : image.toFileBytes();
        ops.job("save " + target.getFileName(), p -> {
            OwnerOnlyFiles.write(target, content, true);
            return target;
        }).onSuccess(saved -> {
            file.set(saved);
            origin.set(saved.getFileName().toString());
            h.markSaved();
        }).start();
    }

    // ---- editing ----

    /** Builds edits from typed values, key files, raw bytes or blank. */
    public DctEdits edits() {
        return edits;
    }

    /** The typed edits the field editors make, each one undoable step. */
    public FieldEditorModel fieldEditor() {
        return fieldEditor;
    }

    /**
     * Applies field edits as one undoable step named {@code step}, the way the firmware writes: for a two-sector
     * image a new copy with sequence+1 and a fresh CRC. Afterwards the copy the firmware would use is shown.
     *
     * @throws InvalidValueException when the engine refuses the edit (the message says why)
     */
    public void apply(String step, List<DctEdit> fieldEdits) throws InvalidValueException {
        EditHistory h = history.get();
        if (h == null || fieldEdits.isEmpty()) {
            return;
        }
        DctWriter.Edited edited = DctWriter.edit(image(), fieldEdits);
        h.replace(step, edited.image().bytes());
        shownCopy.set(0);
    }

    public void undo() {
        Optional.ofNullable(history.get()).ifPresent(EditHistory::undo);
    }

    public void redo() {
        Optional.ofNullable(history.get()).ifPresent(EditHistory::redo);
    }

    /** Selects a field by name (from a check, a diagnosis or a test); false if the copy on show has no such field. */
    public boolean selectField(String name) {
        Optional<FieldRow> row = fields.stream().filter(f -> f.name().equals(name)).findFirst();
        row.ifPresent(selected::set);
        return row.isPresent();
    }

    // ---- comparing ----

    /** The open image against a DCT file, read in the background. */
    public void compareWithFile(Path other, Consumer<DctDiff> show) {
        DctImage mine = image();
        ops.job("compare with " + other.getFileName(), p -> DctDiff.compare(mine, DctReader.read(other)))
                .onSuccess(show).start();
    }

    /** What changed since the image was opened, read or last saved. */
    public DctDiff compareWithBaseline() {
        return DctDiff.compare(format.withBytes(document.get().baseline()), image());
    }

    // ---- state ----

    /** The image as it is now, in its format. */
    public DctImage image() {
        return format.withBytes(document.get().contents());
    }

    public ReadOnlyObjectProperty<ByteDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** "dct.bin — modified", for the tab and the window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The inspection of the copy on show; null before the first one. */
    public ReadOnlyObjectProperty<DctReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public IntegerProperty shownCopyProperty() {
        return shownCopy;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<Finding> checks() {
        return checks;
    }

    /** Overlays for the hex view: the copies' headers and the fields of the copy on show. */
    public ObservableList<Span> spans() {
        return spans;
    }

    public ObjectProperty<FieldRow> selectedProperty() {
        return selected;
    }

    // ---- inspection ----

    private void reinspect() {
        if (document.get() == null) {
            return;
        }
        if (inspecting) {
            inspectAgain = true; // a field edit arrives as several byte writes: inspect once more at the end
            return;
        }
        DctImage image = image();
        int copy = shownCopy.get();
        Task<DctReport> task = new Task<>() {
            @Override
            protected DctReport call() {
                return copy == 0 || copy > image.copyCount() ? DctInspector.inspect(image)
                        : DctInspector.inspectCopy(image, copy);
            }
        };
        task.setOnSucceeded(e -> {
            inspecting = false;
            if (!inspectAgain) {
                apply(task.getValue());
            }
            next();
        });
        task.setOnFailed(e -> {
            inspecting = false;
            next();
        });
        inspecting = true;
        inspections.execute(task);
    }

    private void next() {
        if (inspectAgain) {
            inspectAgain = false;
            reinspect();
        }
    }

    private void apply(DctReport r) {
        String keep = selected.get() == null ? null : selected.get().name();
        report.set(r);
        List<FieldRow> rows = DctSpans.fieldRows(r);
        fields.setAll(rows);
        checks.setAll(r.checks());
        List<Span> all = new ArrayList<>(DctSpans.copySpans(r));
        rows.forEach(f -> all.add(f.span()));
        spans.setAll(all);
        selected.set(keep == null ? null : rows.stream().filter(f -> f.name().equals(keep)).findFirst().orElse(null));
    }

    private String name() {
        return origin.get().isEmpty() ? "DCT" : origin.get();
    }

    private static boolean asHex(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hex");
    }

    private record Opened(DctImage image, DctReport report) {
    }
}

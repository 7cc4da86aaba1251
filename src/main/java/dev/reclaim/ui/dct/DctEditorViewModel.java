package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.AtomicFiles;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.hex.ByteDocument;
import dev.reclaim.ui.hex.EditHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The DCT editor's state: the image being edited, its undo history, and where it came from. Opening and saving
 * run as {@link Operations}; the view binds to the properties.
 */
public final class DctEditorViewModel {
    /** Where a DCT dump starts in flash: DCT1, sector 1. */
    public static final long DCT_BASE = 0x08004000L;

    private final Operations ops;
    private final ReadOnlyObjectWrapper<ByteDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<EditHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No DCT open");

    public DctEditorViewModel(Operations ops) {
        this.ops = ops;
        history.addListener((o, old, h) -> title.bind(h == null ? Bindings.createStringBinding(() -> "No DCT open")
                : Bindings.createStringBinding(() -> name() + (h.dirtyProperty().get() ? " — modified" : ""),
                        h.dirtyProperty(), file)));
    }

    /** Reads a file in the background and shows it. */
    public void open(Path path) {
        ops.job("open " + path.getFileName(), p -> Files.readAllBytes(path))
                .onSuccess(bytes -> show(bytes, path))
                .start();
    }

    /** Shows an image (from a file or a device read); {@code path} is null for an image not yet saved. */
    public void show(byte[] image, Path path) {
        ByteDocument doc = new ByteDocument(image, DCT_BASE);
        file.set(path);
        document.set(doc);
        history.set(new EditHistory(doc));
    }

    /** Saves to the file it came from; false when there is none yet (the caller asks for one). */
    public boolean save() {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    public void saveAs(Path target) {
        EditHistory h = history.get();
        if (h == null) {
            return;
        }
        byte[] image = h.document().contents();
        ops.job("save " + target.getFileName(), p -> {
            AtomicFiles.write(target, image);
            return target;
        }).onSuccess(saved -> {
            file.set(saved);
            h.markSaved();
        }).start();
    }

    public void undo() {
        if (history.get() != null) {
            history.get().undo();
        }
    }

    public void redo() {
        if (history.get() != null) {
            history.get().redo();
        }
    }

    public ReadOnlyObjectProperty<ByteDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "dct.bin — modified", for the tab and the window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True when there is an image to save. */
    public ObservableBooleanValue hasDocument() {
        return document.isNotNull();
    }

    private String name() {
        Path f = file.get();
        return f == null ? "DCT (not saved)" : f.getFileName().toString();
    }
}

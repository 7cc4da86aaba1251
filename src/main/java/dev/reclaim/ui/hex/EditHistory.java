package dev.reclaim.ui.hex;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of one {@link ByteDocument}. Every change to the document is an {@link EditGroup}
 * applied here, so any edit — a typed byte or a whole field — can be undone and redone as one step.
 */
public final class EditHistory {
    private final ByteDocument document;
    private final Deque<EditGroup> undo = new ArrayDeque<>();
    private final Deque<EditGroup> redo = new ArrayDeque<>();
    /** Undo depth at the last save; -1 when the saved state is no longer reachable. */
    private int savedDepth;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");

    public EditHistory(ByteDocument document) {
        this.document = document;
    }

    /** Overwrites bytes at {@code offset} as one undoable step named {@code name}. */
    public void write(String name, int offset, byte[] data) {
        byte[] before = document.copy(offset, data.length);
        apply(new EditGroup(name, java.util.List.of(new ByteWrite(offset, before, data))));
    }

    /** Replaces the whole image with {@code contents} as one step that writes only the bytes that differ. */
    public void replace(String name, byte[] contents) {
        apply(EditGroup.diff(name, document.contents(), contents));
    }

    /** Applies the group and makes it the next undo; clears the redo stack. Empty groups are ignored. */
    public void apply(EditGroup group) {
        if (group.isEmpty()) {
            return;
        }
        if (savedDepth > undo.size()) {
            savedDepth = -1; // the saved state sat on the redo stack, which this edit discards
        }
        group.writes().forEach(w -> w.apply(document));
        undo.push(group);
        redo.clear();
        update();
    }

    public void undo() {
        EditGroup g = undo.poll();
        if (g == null) {
            return;
        }
        var writes = g.writes();
        for (int i = writes.size() - 1; i >= 0; i--) {
            writes.get(i).revert(document);
        }
        redo.push(g);
        update();
    }

    public void redo() {
        EditGroup g = redo.poll();
        if (g == null) {
            return;
        }
        g.writes().forEach(w -> w.apply(document));
        undo.push(g);
        update();
    }

    /** Records that the document was saved as it is now. */
    public void markSaved() {
        savedDepth = undo.size();
        document.markSaved();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when the document differs from its last saved (or loaded) state. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The name of the step undo would revert, e.g. "Edit server_address"; "" when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
        dirty.set(undo.size() != savedDepth);
    }
}

package dev.reclaim.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Lets files be dropped onto a node: the node highlights while a file hovers, and the handler gets the paths. */
public final class FileDrop {
    private static final String HOVER = "drop-target";

    private FileDrop() {
    }

    public static void install(Node target, Consumer<List<Path>> handler) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && !target.getStyleClass().contains(HOVER)) {
                target.getStyleClass().add(HOVER);
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(HOVER));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                handler.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}

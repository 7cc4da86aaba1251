package dev.reclaim.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file. An interface so tests answer with a path instead of a native dialog. */
public interface FileDialogs {
    Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> save(String title, String suggestedName, List<FileChooser.ExtensionFilter> filters);

    /** Native dialogs owned by {@code owner}, starting in the folder last used. */
    static FileDialogs nativeFor(Window owner) {
        return new FileDialogs() {
            private java.io.File lastDir;

            @Override
            public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
                FileChooser fc = chooser(title, filters);
                return remember(fc.showOpenDialog(owner));
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, List<FileChooser.ExtensionFilter> filters) {
                FileChooser fc = chooser(title, filters);
                fc.setInitialFileName(suggestedName);
                return remember(fc.showSaveDialog(owner));
            }

            private FileChooser chooser(String title, List<FileChooser.ExtensionFilter> filters) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.getExtensionFilters().setAll(filters);
                if (lastDir != null && lastDir.isDirectory()) {
                    fc.setInitialDirectory(lastDir);
                }
                return fc;
            }

            private Optional<Path> remember(java.io.File f) {
                if (f != null) {
                    lastDir = f.getParentFile();
                }
                return Optional.ofNullable(f).map(java.io.File::toPath);
            }
        };
    }
}

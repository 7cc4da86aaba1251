package dev.reclaim.ui;

import dev.reclaim.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** File dialogs that answer with the paths a test queued, in order, instead of opening a native dialog. */
public final class TestDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    public TestDialogs answer(Path p) {
        answers.add(p);
        return this;
    }

    @Override
    public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(answers.poll());
    }
}

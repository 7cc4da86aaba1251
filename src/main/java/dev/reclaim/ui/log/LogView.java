package dev.reclaim.ui.log;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.log.Level;
import java.nio.file.Path;
import java.text.NumberFormat;
import dev.reclaim.ui.common.CanvasPalette;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.Operations;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;

/**
 * The log view: a virtualized list of lines coloured by level, with a tool bar to filter by level, category and
 * text (regex), to pause and follow, and to copy and export. It only binds to the {@link LogViewModel}.
 */
public final class LogView extends BorderPane {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance();
    private final LogViewModel vm;
    private final LogLines lines = new LogLines();
    private final TextField search = TextFields.createClearableTextField();

    public LogView(LogViewModel vm, Operations ops, FileDialogs dialogs) {
        this.vm = vm;
        getStyleClass().add("log-view");
        lines.setId("log-list");
        lines.setItems(vm.shownRows());
        lines.setPlaceholder("No log yet. Open a log file (Ctrl+O), drop one here, or select a device.");
        lines.followingProperty().bindBidirectional(vm.followingProperty());
        setTop(toolBar(ops, dialogs));
        setCenter(lines);
    }

    /** Puts the cursor in the search box (Edit → Find). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The colours of the painted lines; the window sets them with the theme. */
    public ObjectProperty<CanvasPalette> paletteProperty() {
        return lines.paletteProperty();
    }

    /** Scrolls to and selects a line by its number in the source, e.g. the first line of a handshake attempt. */
    public void reveal(long line) {
        lines.reveal(line);
    }

    private HBox toolBar(Operations ops, FileDialogs dialogs) {
        SegmentedButton levels = new SegmentedButton();
        levels.setToggleGroup(null); // several levels can be shown at once
        for (Level l : new Level[] {Level.TRACE, Level.INFO, Level.WARN, Level.ERROR}) {
            ToggleButton b = new ToggleButton(l.name().charAt(0) + l.name().substring(1).toLowerCase());
            b.setId("log-level-" + l.name().toLowerCase());
            b.getStyleClass().add(LogLines.styleClass(l));
            b.selectedProperty().bindBidirectional(vm.levelShownProperty(l));
            if (l == Level.ERROR) { // PANIC lines go with errors
                vm.levelShownProperty(Level.PANIC).bind(b.selectedProperty());
            }
            Tips.on(b, "Show " + l.name() + " lines");
            levels.getButtons().add(b);
        }

        ComboBox<String> category = new ComboBox<>(vm.categories());
        category.setId("log-category");
        category.setEditable(true);
        category.setPromptText("All categories");
        category.setPrefWidth(190);
        category.valueProperty().addListener((o, a, v) -> vm.categoryProperty().set(v == null ? "" : v));
        Tips.on(category, "Show one category and its sub-categories (\"comm\" includes comm.protocol)");

        search.setId("log-search");
        search.setPromptText("Filter lines (regex)…");
        PauseTransition settle = new PauseTransition(Duration.millis(200));
        settle.setOnFinished(e -> vm.searchProperty().set(search.getText()));
        search.textProperty().addListener((o, a, b) -> settle.playFromStart());
        search.setOnAction(e -> {
            settle.stop();
            vm.searchProperty().set(search.getText());
        });
        Tooltip searchTip = new Tooltip();
        vm.filterProperty().addListener((o, a, f) -> {
            boolean bad = !f.searchError().isEmpty();
            search.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
            searchTip.setText(bad ? f.searchError() : "Case-insensitive regular expression");
        });
        searchTip.setText("Case-insensitive regular expression");
        search.setTooltip(searchTip);

        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(vm.followingProperty());
        Tips.on(follow, "Keep the newest line in view");
        ToggleButton pause = new ToggleButton();
        pause.setId("log-pause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        pause.textProperty().bind(Bindings.when(vm.pausedProperty())
                .then(Bindings.createStringBinding(() -> "Resume (" + COUNT.format(vm.heldProperty().get()) + " new)",
                        vm.heldProperty()))
                .otherwise("Pause"));

        Button copy = new Button("Copy");
        copy.setId("log-copy");
        Tips.on(copy, "Copy the selected lines (Ctrl+C)");
        copy.setOnAction(e -> lines.copySelection());
        copy.disableProperty().bind(lines.hasSelectionProperty().not());
        Button export = new Button("Export…");
        export.setId("log-export");
        Tips.on(export, "Save the lines shown (with the filter applied) to a text file");
        export.setOnAction(e -> dialogs.save("Export log lines", "reclaim-log.txt",
                        List.of(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.log")))
                .ifPresent(p -> export(ops, p)));
        Button clear = new Button("Clear");
        clear.setId("log-clear");
        clear.setOnAction(e -> vm.clear());

        Label counts = new Label();
        counts.setId("log-counts");
        counts.getStyleClass().add("muted");
        counts.textProperty().bind(Bindings.createStringBinding(() -> COUNT.format(vm.shownRows().size()) + " shown of "
                        + COUNT.format(vm.allRows().size())
                        + (vm.droppedProperty().get() > 0 ? " · " + COUNT.format(vm.droppedProperty().get())
                        + " dropped" : ""),
                vm.shownRows(), vm.allRows(), vm.droppedProperty()));

        // Filters on top, where the eye starts; the actions and counts below the lines, like a console's footer.
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(140);
        HBox filters = row(levels, category, search);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setBottom(row(follow, pause, new Separator(Orientation.VERTICAL), copy, export, clear, gap, counts));
        return filters;
    }

    private static HBox row(Node... nodes) {
        HBox bar = new HBox(6, nodes);
        bar.getStyleClass().add("tool-bar-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 8, 5, 8));
        return bar;
    }

    private void export(Operations ops, Path target) {
        ops.job("export the log to " + target.getFileName(), vm.exportShown(target)).start();
    }
}

package dev.reclaim.ui.dct;

import dev.reclaim.ui.common.Tips;
import dev.reclaim.dct.CopyReport;
import dev.reclaim.dct.DctDiff;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.finding.WizardId;
import dev.reclaim.ui.common.CanvasPalette;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.finding.FindingList;
import dev.reclaim.ui.hex.HexView;
import dev.reclaim.ui.hex.Span;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The DCT editor: the hex view of the whole image with both copies' headers and the fields of the copy on show
 * overlaid, the field table and the typed editor for the selected field, and the checks. Selecting a field shows its
 * bytes; clicking a byte selects its field. It binds to {@link DctEditorViewModel}.
 */
public final class DctEditorView extends BorderPane {
    /** What the editor's buttons do that belongs to the window (device access). */
    public record Actions(Runnable readDevice, Runnable writeDevice, Runnable compareWithDevice,
                          Consumer<WizardId> launchWizard) {
    }

    private final DctEditorViewModel vm;
    private final HexView hex = new HexView();
    private final FieldTable table;
    private Object jumpedFor;
    private int jumpedToCopy = -1;

    public DctEditorView(DctEditorViewModel vm, FileDialogs dialogs, Actions actions) {
        this.vm = vm;
        getStyleClass().add("dct-editor");
        hex.setId("dct-hex");
        table = new FieldTable(vm);
        hex.historyProperty().bind(vm.historyProperty());
        hex.getSpans().setAll(vm.spans());
        vm.spans().addListener((javafx.collections.ListChangeListener<Span>) c -> hex.getSpans().setAll(vm.spans()));
        vm.documentProperty().addListener((o, old, doc) -> hex.setSource(doc));
        linkSelection();

        ScrollPane editor = new ScrollPane(new FieldEditorPane(vm, dialogs));
        editor.setFitToWidth(true);
        editor.getStyleClass().add("edge-to-edge");
        SplitPane right = new SplitPane(table, editor, checks(actions));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.36, 0.8);
        SplitPane split = new SplitPane(hex, right);
        split.setDividerPositions(0.52);
        SplitPane.setResizableWithParent(hex, false);
        hex.setMinWidth(Region.USE_PREF_SIZE); // the ASCII column stays in view; the field side gives way

        Label hint = new Label("Open a DCT file (Ctrl+O), drop one here, or read it from the device (Ctrl+R).");
        hint.getStyleClass().add("placeholder-text");
        StackPane empty = new StackPane(hint);
        empty.setPadding(new Insets(24));
        setCenter(empty);
        vm.documentProperty().addListener((o, old, doc) -> setCenter(doc == null ? empty : split));
        setTop(toolBar(dialogs, actions));
    }

    public HexView hexView() {
        return hex;
    }

    public ObjectProperty<CanvasPalette> paletteProperty() {
        return hex.paletteProperty();
    }

    /** Shows what differs between two DCTs in a window of its own. */
    public void showDiff(String title, DctDiff diff) {
        DiffDialog.of(getScene().getWindow(), title, diff).show();
    }

    /** Puts the cursor in the field finder (Edit → Find). */
    public void focusFind() {
        table.focusFilter();
    }

    /** Field table ↔ hex view: a selected field shows its bytes; a clicked byte selects its field. */
    private void linkSelection() {
        vm.selectedProperty().addListener((o, a, row) -> {
            Span s = row == null ? null : row.span();
            if (hex.getSelectedSpan() != s) {
                hex.selectedSpanProperty().set(s);
            }
        });
        hex.selectedSpanProperty().addListener((o, a, span) -> {
            FieldRow row = span == null ? null : vm.fields().stream().filter(f -> f.span() == span).findFirst()
                    .orElse(null);
            if (row != vm.selectedProperty().get()) {
                vm.selectedProperty().set(row);
            }
        });
    }

    private VBox checks(Actions actions) {
        Label title = new Label("Checks");
        title.getStyleClass().add("section-title");
        FindingList list = new FindingList(vm.checks(), "No findings.", actions.launchWizard(),
                f -> f.field().ifPresent(vm::selectField));
        list.setId("dct-checks");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private HBox toolBar(FileDialogs dialogs, Actions actions) {
        Button undo = new Button("Undo");
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.historyProperty().flatMap(h -> h.canUndoProperty()).orElse(false).map(b -> !b));
        Button redo = new Button("Redo");
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.historyProperty().flatMap(h -> h.canRedoProperty()).orElse(false).map(b -> !b));

        ChoiceBox<Integer> copy = new ChoiceBox<>();
        copy.setId("dct-copy");
        Tips.on(copy, "Which DCT copy's fields to show; the firmware uses the current one");
        copy.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c == 0 ? "Copy in use" : copyLabel(c);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        copy.valueProperty().addListener((o, a, c) -> {
            if (c != null && c != vm.shownCopyProperty().get()) {
                vm.shownCopyProperty().set(c);
            }
        });
        vm.shownCopyProperty().addListener((o, a, c) -> copy.setValue(c.intValue()));
        Label summary = new Label();
        summary.setId("dct-summary");
        summary.getStyleClass().add("muted");
        vm.reportProperty().addListener((o, a, r) -> {
            copy.getItems().setAll(r.image().copyCount() == 0 ? List.of(0) : r.image().copyCount() == 1
                    ? List.of(0) : List.of(0, 1, 2));
            copy.setValue(vm.shownCopyProperty().get());
            summary.setText(summary(r));
            Tips.on(summary, r.selection().reason());
            jumpToCopy(r);
        });

        MenuButton compare = new MenuButton("Compare");
        compare.setId("dct-compare");
        Tips.on(compare, "Compare this DCT with a file or with the device's");
        MenuItem withFile = new MenuItem("With a DCT file…");
        withFile.setOnAction(e -> dialogs.open("Compare with a DCT file", List.of(
                new FileChooser.ExtensionFilter("DCT images", "*.bin", "*.dct", "*.hex"),
                new FileChooser.ExtensionFilter("All files", "*"))).ifPresent(p -> vm.compareWithFile(p,
                        diff -> showDiff("Compare with " + p.getFileName(), diff))));
        MenuItem withDevice = new MenuItem("With the device's DCT");
        withDevice.setOnAction(e -> actions.compareWithDevice().run());
        compare.getItems().addAll(withFile, withDevice);
        Button changes = new Button("Changes");
        changes.setId("dct-changes");
        Tips.on(changes, "What changed since the DCT was opened, read or saved");
        changes.setOnAction(e -> showDiff("Changes since opened", vm.compareWithBaseline()));

        Button read = new Button("Read from device");
        read.setId("dct-read-device");
        read.setOnAction(e -> actions.readDevice().run());
        Button write = new Button("Write to device…");
        write.setId("dct-write-device");
        write.setOnAction(e -> actions.writeDevice().run());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {compare, changes, write}) {
            c.disableProperty().bind(vm.documentProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, undo, redo, new Separator(Orientation.VERTICAL), new Label("Fields of"), copy, summary,
                gap, compare, changes, new Separator(Orientation.VERTICAL), read, write);
        bar.getStyleClass().add("tool-bar-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 8, 5, 8));
        return bar;
    }

    private String copyLabel(int c) {
        DctReport r = vm.reportProperty().get();
        if (r == null || r.selection().copies().size() < c) {
            return "DCT" + c;
        }
        CopyReport copy = r.selection().copy(c);
        return "DCT" + c + (c == r.selection().current() ? " (current)" : "") + (copy.valid() ? "" : " (not valid)");
    }

    private static String summary(DctReport r) {
        String format = r.image().format().description();
        if (!r.image().format().hasSectors()) {
            return format;
        }
        return r.selection().hasCurrent() ? "current copy: DCT" + r.selection().current() + (r.decodedCopy()
                != r.selection().current() ? " · showing DCT" + r.decodedCopy() : "") : "no valid copy";
    }

    /** Scrolls the hex view to the application DCT of the copy on show when another copy or image comes up. */
    private void jumpToCopy(DctReport r) {
        Object doc = vm.documentProperty().get();
        if ((doc != jumpedFor || r.decodedCopy() != jumpedToCopy) && !vm.fields().isEmpty()) {
            jumpedFor = doc;
            jumpedToCopy = r.decodedCopy();
            hex.scrollTo(vm.fields().get(0).imageOffset());
        }
    }
}

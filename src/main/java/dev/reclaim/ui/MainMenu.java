package dev.reclaim.ui;

import dev.reclaim.finding.WizardId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every common command with its keyboard shortcut, built from the window's commands. */
final class MainMenu {
    private final List<MenuItem> items = new ArrayList<>();

    MenuBar build(MainWindow w) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open…", "Shortcut+O", w::open, "menu-open"),
                item("_Save DCT", "Shortcut+S", w::save, "menu-save", w.canSaveDct()),
                item("Save DCT _As…", "Shortcut+Shift+S", w::saveAs, "menu-save-as", w.canSaveDct()),
                item("_Export Log…", "Shortcut+E", w::exportLog, "menu-export-log"),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", w::quit, "menu-quit"));

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", w::undo, "menu-undo", w.canUndo());
        labelWith(undo, "Undo", w.undoName());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", w::redo, "menu-redo", w.canRedo());
        labelWith(redo, "Redo", w.redoName());
        edit.getItems().addAll(undo, redo, item("Redo", "Shortcut+Y", w::redo, "menu-redo-alt", w.canRedo()),
                new SeparatorMenuItem(),
                item("_Find / Filter", "Shortcut+F", w::find, "menu-find"));
        edit.getItems().get(2).setVisible(false); // a second accelerator for Redo, kept out of sight

        Menu device = new Menu("_Device");
        device.getItems().addAll(
                item("_Refresh Devices", "F5", w::refreshDevices, "menu-refresh"),
                new SeparatorMenuItem(),
                item("_Read DCT from Device", "Shortcut+R", w::readDevice, "menu-read-device"),
                item("_Write DCT to Device…", "Shortcut+Shift+W", w::writeDevice, "menu-write-device",
                        w.canSaveDct()),
                new SeparatorMenuItem(),
                item("Re_cover Keys…", "Shortcut+Shift+K", () -> w.fix(WizardId.RECOVER_KEYS), "menu-recover-keys"),
                item("Set _Server…", null, () -> w.fix(WizardId.SET_SERVER), "menu-set-server"),
                item("_Claim Cycle…", null, () -> w.fix(WizardId.CLAIM_CYCLE), "menu-claim-cycle"),
                item("Restore a _Backup…", null, () -> w.fix(WizardId.BACKUP_RESTORE), "menu-restore"));

        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Log and Handshake", "Shortcut+1", w::showLog, "menu-show-log"),
                item("_DCT Editor", "Shortcut+2", w::showDct, "menu-show-dct"),
                item("_History…", "Shortcut+H", w::showHistory, "menu-history"),
                item("L_ine (Station)…", "Shortcut+Shift+L", w::showLine, "menu-line"),
                item("Journal _report…", null, w::showReport, "menu-report"),
                new SeparatorMenuItem(),
                item("Follow Log", "Shortcut+L", w::toggleFollow, "menu-follow"),
                item("Previous Attempt", "Alt+Up", () -> w.stepAttempt(-1), "menu-attempt-previous"),
                item("Next Attempt", "Alt+Down", () -> w.stepAttempt(1), "menu-attempt-next"),
                item("Toggle _Dark Theme", "Shortcut+T", w::toggleTheme, "menu-theme"));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard Shortcuts", "F1", () -> w.showShortcuts(shortcuts()), "menu-keys"),
                item("_About Reclaim", null, w::about, "menu-about"));
        return new MenuBar(file, edit, device, view, help);
    }

    /** "Ctrl+O  Open…" lines for the shortcuts sheet, taken from the menus so they never disagree. */
    List<String> shortcuts() {
        return items.stream().filter(i -> i.getAccelerator() != null && i.isVisible())
                .map(i -> String.format("%-18s %s", i.getAccelerator().getDisplayText(),
                        i.getText().replace("_", "")))
                .toList();
    }

    private MenuItem item(String text, String accelerator, Runnable action, String id) {
        return item(text, accelerator, action, id, null);
    }

    private MenuItem item(String text, String accelerator, Runnable action, String id,
                          ObservableValue<Boolean> enabled) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(true);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        if (enabled != null) {
            i.disableProperty().bind(enabled.map(on -> !on));
        }
        items.add(i);
        return i;
    }

    private static void labelWith(MenuItem item, String verb, ObservableValue<String> name) {
        item.textProperty().bind(Bindings.createStringBinding(
                () -> name.getValue() == null || name.getValue().isEmpty() ? "_" + verb
                        : "_" + verb + " " + name.getValue(), name));
    }
}

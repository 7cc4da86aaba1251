package dev.reclaim.ui;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctDiff;
import dev.reclaim.ui.common.Confirm;
import dev.reclaim.ui.common.Notifier;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.common.Problem;
import dev.reclaim.ui.dct.DctEditorView;
import dev.reclaim.ui.dct.DctEditorViewModel;
import dev.reclaim.ui.device.DeviceViewModel;
import dev.reclaim.workflow.DctToWrite;
import dev.reclaim.workflow.device.DeviceSession;
import java.util.List;
import javafx.stage.Window;

/** The DCT editor's image and the device's: read it in, write it out (after asking), compare the two. */
final class DeviceDctCommands {
    private final Window owner;
    private final DeviceViewModel device;
    private final DctEditorViewModel dct;
    private final DctEditorView dctView;
    private final Operations ops;
    private final Notifier notifier;

    DeviceDctCommands(Window owner, DeviceViewModel device, DctEditorViewModel dct, DctEditorView dctView,
                      Operations ops, Notifier notifier) {
        this.owner = owner;
        this.device = device;
        this.dct = dct;
        this.dctView = dctView;
        this.ops = ops;
        this.notifier = notifier;
    }

    void read() {
        device.readDct();
    }

    /** Writes the edited DCT to the device once the user confirms; the safe write backs up and verifies. */
    void write() {
        DeviceSession s = device.sessionProperty().get();
        if (s == null || dct.documentProperty().get() == null) {
            ops.note(s == null ? "Select a device first." : "Open or read a DCT first.");
            return;
        }
        AppDct app;
        try {
            app = DctToWrite.from(dct.image(), "The open DCT");
        } catch (DctToWrite.Unwritable e) {
            notifier.show(new Problem("Nothing to write", e.getMessage(),
                    "Open a full DCT (both sectors or one sector), or read it from the device."));
            return;
        }
        if (Confirm.ask(owner, "Write the DCT to " + s.description() + "?", "Reclaim first saves the device's DCT "
                + "as it is to a backup, writes the new copy beside the old one and reads every step back; the old "
                + "copy is retired only once the new one is complete.", "Write")) {
            device.writeDct(app, DctToWrite.objections(dct.image()), objections -> askAnyway(s, objections),
                    outcome -> { });
        }
    }

    /**
     * Asks, from the write's worker thread, whether to write a DCT that is another device's or has errors — the
     * GUI's {@code --force}. Nothing has been written when this is asked.
     */
    private boolean askAnyway(DeviceSession s, List<String> objections) {
        return Confirm.askFromWorker(owner, "Write this DCT to " + s.description() + " anyway?",
                "• " + String.join("\n• ", objections), "Write anyway");
    }

    /** Reads the device's DCT without replacing the editor's and shows what differs ("file vs device"). */
    void compare() {
        if (dct.documentProperty().get() == null) {
            ops.note("Open or read a DCT first.");
            return;
        }
        device.readDct(read -> dctView.showDiff("Compare with " + read.origin(),
                DctDiff.compare(dct.image(), read.image())));
    }

    /** A DCT from the device replaces the editor's image; unsaved edits only when the user agrees. */
    void show(DeviceViewModel.DeviceDct read) {
        var h = dct.historyProperty().get();
        if (!read.written() && h != null && h.dirtyProperty().get()
                && !Confirm.ask(owner, "Replace the edited DCT with " + read.origin() + "?",
                        "The DCT editor has changes that are not saved.", "Show the device's DCT")) {
            return;
        }
        dct.show(read.image(), read.origin());
    }
}

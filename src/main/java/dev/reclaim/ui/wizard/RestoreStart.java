package dev.reclaim.ui.wizard;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.BackupRestore;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.WriteApproval;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Restore's start page: the backups of this device, newest first, one to choose. Another device's backup is refused
 * by the workflow (the CLI's --force is not offered here).
 */
public final class RestoreStart {
    private final ObservableList<BackupStore.Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupStore.Backup> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableValue<Boolean> ready = chosen.map(b -> true).orElse(false);

    /** Lists the device's backups (on the calling thread: a directory listing). */
    void load(BackupStore store, Optional<String> deviceId) throws IOException {
        List<BackupStore.Backup> found = store.list(deviceId);
        backups.setAll(found);
        chosen.set(found.isEmpty() ? null : found.get(0));
    }

    public ObservableList<BackupStore.Backup> backups() {
        return backups;
    }

    public ObjectProperty<BackupStore.Backup> chosenProperty() {
        return chosen;
    }

    /** "2026-11-30 09:00 UTC — before recovering keys" for the list. */
    public String describe(BackupStore.Backup b) {
        return b.takenAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + " — " + b.why() + " ("
                + b.deviceId() + ")";
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    WizardJob job(WizardSetup setup) {
        BackupStore.Backup backup = chosen.get();
        return new WizardJob() {
            private BackupRestore workflow;

            @Override
            public List<WizardStep> prepare() {
                workflow = new BackupRestore(setup.device(), setup.backups(), backup, WriteApproval.REFUSE,
                        setup.journal());
                return workflow.wizard().steps();
            }

            @Override
            public boolean writesDevice() {
                return true;
            }

            @Override
            public Finished run(Cancellation cancellation, WizardListener listener) throws Exception {
                BackupRestore.Result r = workflow.run(cancellation, listener);
                String summary = switch (r.outcome()) {
                    case RESTORED -> "Restored the backup of " + backup.takenAt() + ".";
                    case REFUSED -> "Refused: " + String.join("; ", r.objections()) + ". Nothing was written.";
                    default -> WizardSummary.of(r.run());
                };
                return new Finished(r.run(), summary + (r.journalEntry() > 0 ? " Journal entry #" + r.journalEntry()
                        + "." : ""));
            }
        };
    }
}

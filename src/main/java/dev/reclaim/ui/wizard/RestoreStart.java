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
 * Restore's start page: the backups of this device, newest first, then those of other devices; one to choose.
 * Another device's backup is written only when the user says so when asked (the CLI's --force).
 */
public final class RestoreStart {
    private final ObservableList<BackupStore.Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupStore.Backup> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableValue<Boolean> ready = chosen.map(b -> true).orElse(false);

    private Optional<String> deviceId = Optional.empty();

    /**
     * Lists the backups (on the calling thread: a directory listing): the device's own first, preselecting its
     * newest; another device's is never preselected.
     */
    void load(BackupStore store, Optional<String> deviceId) throws IOException {
        this.deviceId = deviceId;
        List<BackupStore.Backup> all = store.list(Optional.empty());
        List<BackupStore.Backup> own = all.stream().filter(this::own).toList();
        backups.setAll(own);
        all.stream().filter(b -> !own(b)).forEach(backups::add);
        chosen.set(own.isEmpty() ? null : own.get(0));
    }

    /** True for a backup of the device in the window (every backup when its ID has not been read). */
    private boolean own(BackupStore.Backup b) {
        return deviceId.map(id -> id.equalsIgnoreCase(b.deviceId())).orElse(true);
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
                + (own(b) ? b.deviceId() : "another device: " + b.deviceId()) + ")";
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    /** @param approval asked, before anything is written, whether to restore another device's backup */
    WizardJob job(WizardSetup setup, WriteApproval approval) {
        BackupStore.Backup backup = chosen.get();
        return new WizardJob() {
            private BackupRestore workflow;

            @Override
            public List<WizardStep> prepare() {
                workflow = new BackupRestore(setup.device(), setup.backups(), backup, approval,
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
                    case REFUSED -> "Refused: " + String.join(" ", r.objections()).replaceAll("\\.$", "")
                            + ". Nothing was written.";
                    default -> WizardSummary.of(r.run());
                };
                return new Finished(r.run(), summary + (r.journalEntry() > 0 ? " Journal entry #" + r.journalEntry()
                        + "." : ""));
            }
        };
    }
}

package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctFormatException;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.finding.WizardId;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.RefusedException;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardRunner;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Restore a backup: put a DCT backup back onto the device it was taken from, through the {@link SafeDctWrite} (which
 * backs the DCT up as it is now first and reads every step back), then check the device's DCT is the backup's and
 * reset it into its firmware. A backup of another device is refused unless approved ({@code --force}): its device
 * ID and private key are that device's. What the backup holds is otherwise not judged: it is the device's own
 * earlier state, and the restore exists to go back to it. Cancellable between steps (and inside the write until
 * the first flash step).
 */
public final class BackupRestore {
    /** How a restore ended. */
    public enum Outcome {
        /** The device's DCT is the backup's. */
        RESTORED,
        /** Another device's backup, not approved: nothing was written. */
        REFUSED,
        /** A step failed; the step's record says which and why. */
        FAILED,
        /** Stopped on request at a safe point. */
        CANCELLED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param deviceId     the device's ID, once it was identified
     * @param safetyBackup the backup of the DCT as it was before the restore, once taken
     * @param objections   why the restore was refused (or what was approved)
     * @param journalEntry the run's entry in the journal
     */
    public record Result(WizardRecord run, Outcome outcome, BackupStore.Backup restored, Optional<String> deviceId,
                         Optional<Path> safetyBackup, List<String> objections, long journalEntry) {
        public Result {
            objections = List.copyOf(objections);
        }
    }

    private final DeviceSession device;
    private final BackupStore store;
    private final BackupStore.Backup backup;
    private final WriteApproval approval;
    private final RunJournal journal;

    private AppDct app;
    private GuardedFlashTarget target;
    private String deviceId;
    private List<String> objections = List.of();
    private boolean refused;
    private Path safetyBackup;

    /** @param journal where the run is filed (with the backup restored and the one taken before, by SHA-256) */
    public BackupRestore(DeviceSession device, BackupStore store, BackupStore.Backup backup, WriteApproval approval,
                         RunJournal journal) {
        this.device = device;
        this.store = store;
        this.backup = backup;
        this.approval = approval;
        this.journal = journal;
    }

    /** The steps, for a front end to show before it runs them. */
    public Wizard wizard() {
        return new Wizard(WizardId.BACKUP_RESTORE, List.of(
                new WizardStep("Check the backup", "Read " + backup.id() + " and check it is unchanged since it was"
                        + " saved and holds a complete DCT.", true, c -> check()),
                new WizardStep("Identify the device", "Read the device ID and compare it with the backup's.", true,
                        c -> identify()),
                new WizardStep("Write the backup's DCT", "Back up the DCT as it is now, then write the backup's"
                        + " the safe way, each step read back.", true,
                        c -> write(c.progress(), c.cancellation())),
                new WizardStep("Verify", "Read the DCT back and compare it with the backup.", true,
                        c -> verify(c.progress())),
                new WizardStep("Reset into the firmware", "Let the device go, so it boots its firmware with the"
                        + " restored DCT.", true, c -> release())));
    }

    /**
     * Runs the restore and files it in the journal; the device is let go (reset into its firmware) however it ends.
     *
     * @throws JournalException when the run cannot be filed (the device work is done by then)
     * @throws IOException      when a backup file cannot be read for the journal's digest
     */
    public Result run(Cancellation cancellation, WizardListener listener) throws JournalException, IOException {
        WizardRecord run;
        try {
            run = new WizardRunner().run(wizard(), cancellation, listener);
        } finally {
            closeTarget();
        }
        Outcome outcome = switch (run.outcome()) {
            case OK, SKIPPED -> Outcome.RESTORED;
            case CANCELLED -> Outcome.CANCELLED;
            case FAILED -> refused ? Outcome.REFUSED : Outcome.FAILED;
        };
        RunJournal.Facts facts = new RunJournal.Facts();
        facts.device(deviceId != null ? deviceId : backup.deviceId());
        facts.backup(backup.file());
        if (safetyBackup != null) {
            facts.backup(safetyBackup);
        }
        facts.witness(outcome == Outcome.RESTORED ? "read back: the device's current DCT is the backup's" : "");
        long entry = journal.record(run, outcome.id(), facts);
        return new Result(run, outcome, backup, Optional.ofNullable(deviceId), Optional.ofNullable(safetyBackup),
                objections, entry);
    }

    private StepResult check() throws IOException {
        byte[] bytes = Files.readAllBytes(backup.file());
        String sha = BackupStore.sha256(bytes);
        Optional<String> recorded = BackupStore.recordedSha256(backup);
        if (recorded.isPresent() && !recorded.get().equals(sha)) {
            throw new IOException("The backup " + backup.file() + " changed since it was saved (its SHA-256 is not"
                    + " the one recorded beside it); nothing was written. Choose another backup.");
        }
        if (bytes.length != Stm32F2.DCT_LENGTH) {
            throw new IOException("The backup " + backup.file() + " holds " + bytes.length + " bytes, not the two"
                    + " DCT sectors (" + Stm32F2.DCT_LENGTH + "); nothing was written.");
        }
        try {
            DctImage image = DctReader.parse(bytes);
            app = DctToWrite.from(image, "The backup " + backup.id());
        } catch (DctFormatException | DctToWrite.Unwritable e) {
            throw new IOException(e.getMessage() + " Nothing was written.", e);
        }
        return StepResult.done(backup.id() + ", taken " + backup.takenAt() + " (" + backup.why() + "), SHA-256 "
                + sha.substring(0, 16) + "…" + (recorded.isPresent() ? " as recorded" : " (no digest recorded)"));
    }

    private StepResult identify() throws IOException {
        target = device.openTarget();
        deviceId = target.identity().deviceId().orElseThrow(() -> new RefusedException("The device ID cannot be"
                + " read (is the chip read-protected?), so the backup cannot be matched to it; nothing was"
                + " written."));
        List<String> found = new ArrayList<>();
        DctToWrite.otherDevice(app, deviceId).ifPresent(found::add);
        if (found.isEmpty() && !backup.deviceId().equalsIgnoreCase(deviceId)) {
            found.add("The backup " + backup.id() + " was taken from device " + backup.deviceId() + ", not from"
                    + " this device (" + deviceId + "): its private key is that device's, and this one would then"
                    + " fail the cloud handshake.");
        }
        objections = found;
        if (!found.isEmpty() && !approval.approve(found)) {
            refused = true;
            throw new WriteRefusedException(found);
        }
        return StepResult.done("device " + deviceId + (found.isEmpty() ? ", the backup's own"
                : ": another device's backup, restored as approved"));
    }

    private StepResult write(ProgressListener progress, Cancellation cancellation) throws Exception {
        // another device's backup was approved (or there was none) in the step before
        SafeDctWrite write = new SafeDctWrite(target, store, progress, cancellation);
        SafeDctWrite.Outcome written = write.write(app, write.backUp("before restoring backup " + backup.id()));
        safetyBackup = written.backup();
        // the path first: a record's detail is one line of at most 200 characters
        String summary = "The DCT as it was is in " + safetyBackup + ". " + written.summary("the backup");
        return written.changed() ? StepResult.done(summary) : StepResult.skipped(summary);
    }

    private StepResult verify(ProgressListener progress) throws IOException {
        byte[] now = target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, progress);
        Optional<AppDct> current = DctImage.ofTwoSectors(now).currentAppDct(DctGeneration.VERSIONED);
        if (current.isEmpty() || !current.get().equals(app)) {
            throw new IOException("The device's DCT is not the backup's after the restore. The DCT as it was is in "
                    + safetyBackup + ".");
        }
        return StepResult.done("the device's current DCT is the backup's");
    }

    private StepResult release() {
        closeTarget();
        return StepResult.done("the device was let go and boots its firmware");
    }

    private void closeTarget() {
        if (target != null) {
            GuardedFlashTarget t = target;
            target = null;
            t.close();
        }
    }
}

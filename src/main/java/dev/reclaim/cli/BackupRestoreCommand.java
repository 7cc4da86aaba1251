package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.workflow.BackupRestore;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.WriteApproval;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reclaim backup restore ID --via SPEC [--force] [--json]}: puts a backup back onto its device through the
 * safe DCT write. Exit 0 restored, 1 a step failed or Ctrl-C stopped it, 2 another device's backup without
 * {@code --force} or an ID that names no backup.
 */
@Command(name = "restore", description = {
    "Write a DCT backup back to the device it was taken from: the DCT as it is now is backed up first, the",
    "backup's is written the safe way (each step read back), compared with the backup, and the device is reset",
    "into its firmware. A backup of another device is refused unless --force."})
final class BackupRestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The backup: its ID or its path, as 'reclaim backup list' prints them.")
    String id;

    @Mixin
    ViaOptions via;

    @Option(names = "--force", description = "Restore it even though it is another device's backup.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document: outcome, steps, backups.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BackupStore store = BackupStore.standard();
        BackupStore.Backup backup = find(store);
        PrintWriter out = spec.commandLine().getOut();
        BackupRestore.Result result;
        try (CancelOnCtrlC ctrlC = new CancelOnCtrlC("backup-restore"); DeviceSession device = via.open()) {
            BackupRestore restore = new BackupRestore(device, store, backup,
                    force ? WriteApproval.FORCE : WriteApproval.REFUSE, RunJournal.standard());
            result = restore.run(ctrlC.cancellation(),
                    new WizardOutput(out, System.err, json, restore.wizard().steps().size()));
        } catch (JournalException | IOException e) {
            throw new UserFacingException("The restore ran, but its journal entry could not be written: "
                    + e.getMessage(), ExitCodes.PROBLEM, e);
        }
        if (json) {
            ObjectNode doc = Json.object().put("outcome", result.outcome().id()).put("backup", backup.id());
            result.deviceId().ifPresent(d -> doc.put("deviceId", d));
            result.safetyBackup().ifPresent(p -> doc.put("backupBeforeRestore", p.toString()));
            StepsJson.addTo(doc.putArray("steps"), result.run().steps());
            doc.put("journalEntry", result.journalEntry());
            Json.print(out, doc);
        } else if (result.outcome() == BackupRestore.Outcome.RESTORED) {
            out.printf("Restored %s to device %s.%n", backup.id(), result.deviceId().orElseThrow());
            result.safetyBackup().ifPresent(p -> out.printf("The DCT as it was before: %s%n", p));
            out.printf("Journal entry #%d.%n", result.journalEntry());
            out.flush();
        }
        return switch (result.outcome()) {
            case RESTORED -> ExitCodes.OK;
            case REFUSED -> refused(result);
            case FAILED, CANCELLED -> failed(result);
        };
    }

    private BackupStore.Backup find(BackupStore store) {
        try {
            return store.find(id).orElseThrow(() -> new UserFacingException("'" + id + "' is not a backup: give an"
                    + " ID or a path as 'reclaim backup list' prints them.", ExitCodes.USAGE));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the backups (" + e.getMessage() + "): check the permissions"
                    + " of the backups directory under RECLAIM_HOME or ~/.reclaim.", ExitCodes.PROBLEM, e);
        }
    }

    private int refused(BackupRestore.Result result) {
        return problem("Nothing was written: " + String.join(" ", result.objections()) + " Choose this device's own"
                + " backup (reclaim backup list --device " + result.deviceId().orElse("ID") + "), or add --force to"
                + " restore it anyway.", ExitCodes.USAGE);
    }

    private int failed(BackupRestore.Result result) {
        return problem(result.run().steps().stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED || s.outcome() == StepOutcome.CANCELLED)
                .findFirst().map(s -> "Step " + s.number() + " (" + s.title() + ") " + s.outcome().id() + ": "
                        + s.detail()).orElse("The restore did not finish."), ExitCodes.PROBLEM);
    }

    /** The one line on stderr; with --json the document is already on stdout, so only the exit code follows. */
    private int problem(String message, int exitCode) {
        if (!json) {
            throw new UserFacingException(message, exitCode);
        }
        spec.commandLine().getErr().println(message);
        return exitCode;
    }
}

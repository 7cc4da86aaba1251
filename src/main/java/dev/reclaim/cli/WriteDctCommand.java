package dev.reclaim.cli;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctFormatException;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DctToWrite;
import dev.reclaim.workflow.SafeDctWrite;
import dev.reclaim.workflow.WriteApproval;
import dev.reclaim.workflow.WriteDct;
import dev.reclaim.workflow.WriteRefusedException;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reclaim device write-dct --via SPEC FILE}: makes FILE's application DCT the device's current one, the safe
 * way (backup, new copy in the other sector, read-back after every step, old copy retired last). Ctrl-C asks it to
 * stop, which it does only before the first flash step; once writing has begun it finishes first.
 */
@Command(name = "write-dct", description = {
    "Write FILE's DCT to the device: backup to ~/.reclaim/backups/<device ID>/, then the new copy into the other",
    "sector, each step read back, the old copy retired last. FILE: a two-sector dump, one sector, Intel HEX, or a",
    "complete application DCT (8391 bytes)."})
final class WriteDctCommand implements Callable<Integer> {
    @Mixin
    ViaOptions via;

    @Parameters(paramLabel = "FILE", description = "The DCT to write.")
    Path file;

    @Option(names = "--force", description = {"Write FILE even though it is another device's DCT (its device ID",
        "differs) or has errors (invalid keys, a key pair that does not match, a bad CRC)."})
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DctImage image = image();
        AppDct app = applicationDct(image);
        List<String> objections = DctToWrite.objections(image);
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(System.err);
        try (CancelOnCtrlC ctrlC = new CancelOnCtrlC("write-dct"); DeviceSession device = via.open()) {
            SafeDctWrite.Outcome outcome = WriteDct.write(device, app, objections,
                    force ? WriteApproval.FORCE : WriteApproval.REFUSE, BackupStore.standard(), bar,
                    ctrlC.cancellation());
            bar.finishLine();
            out.printf("Backup of the DCT as it was: %s%n", outcome.backup());
            out.println(outcome.summary(file.toString()));
            out.flush();
            return ExitCodes.OK;
        } catch (CancelledException e) {
            bar.finishLine();
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM);
        } catch (WriteRefusedException e) {
            bar.finishLine();
            throw new UserFacingException(file + " was not written: " + String.join(" ", e.objections())
                    + " Check that it is the DCT meant for this device (dct check " + file + "), or add --force to"
                    + " write it anyway.", ExitCodes.USAGE);
        } catch (IOException e) {
            bar.finishLine();
            throw DeviceCommand.failure(e);
        }
    }

    private DctImage image() {
        try {
            return DctReader.read(file);
        } catch (DctFormatException e) {
            String m = e.getMessage();
            throw new UserFacingException(m.contains(file.toString()) ? m : file + ": " + m, ExitCodes.USAGE);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserFacingException("Cannot read " + file + ": there is no such file.", ExitCodes.USAGE);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** The application DCT FILE holds: the current copy's, or the whole of an application-DCT dump. */
    private AppDct applicationDct(DctImage image) {
        try {
            return DctToWrite.from(image, file.toString());
        } catch (DctToWrite.Unwritable e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }
}

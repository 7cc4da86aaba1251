package dev.reclaim.workflow;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.write.DctWritePlan;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.dct.write.FlashStep;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.progress.UnfinishedWork;
import dev.reclaim.flash.RefusedException;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.link.LinkClosedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a new application DCT to a device so that no moment of it can leave the device without a complete DCT:
 * back up both sectors → carry out the firmware ≥0.7 write plan one flash step at a time, verifying each by reading
 * it back (the new copy goes into the inactive sector first, so the old copy stays current until the new one is
 * complete) → only then the steps that retire the old copy → read everything back and check that both firmware
 * generations select the new copy. A pulled cable at any byte leaves either the old or the new DCT selected.
 * Cancellation is honoured while backing up and before the first flash step; once writing has begun it finishes.
 */
public final class SafeDctWrite {
    /** Backup reads go in pieces this big, with a chance to cancel between them. */
    private static final int BACKUP_CHUNK = 4096;
    /** Reads of the DCT before giving up on two agreeing. */
    private static final int MAX_READS = 4;

    /**
     * @param backup   where the DCT as it was is saved
     * @param plan     the steps carried out (empty when the device already had this application DCT)
     * @param deviceId whose DCT it is
     */
    public record Outcome(Path backup, DctWritePlan plan, String deviceId) {
        public boolean changed() {
            return !plan.isEmpty();
        }

        /** What was done, in one sentence; {@code source} names where the DCT came from. */
        public String summary(String source) {
            int t = plan.targetCopy();
            if (plan.isEmpty()) {
                return "The device already uses this application DCT under both firmware rules; nothing was written.";
            }
            if (plan.finishesInterruptedWrite()) {
                return String.format("Finished an interrupted write: DCT%d already held the DCT of %s; retired DCT%d,"
                        + " so firmware 0.6 and 0.7+ now both use DCT%d (read back and verified).", t, source, 3 - t, t);
            }
            return String.format("Wrote DCT%d (sequence %d) and retired DCT%d; read back and verified: the device now"
                    + " uses the DCT of %s.", t, plan.newSequence(), 3 - t, source);
        }
    }

    private final GuardedFlashTarget target;
    private final BackupStore backups;
    private final ProgressListener progress;
    private final Cancellation cancellation;

    public SafeDctWrite(GuardedFlashTarget target, BackupStore backups, ProgressListener progress,
                        Cancellation cancellation) {
        this.target = target;
        this.backups = backups;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** Makes {@code newApp} (a complete application DCT) the device's current one, unless it is another device's. */
    public Outcome write(AppDct newApp) throws IOException, CancelledException {
        return write(newApp, List.of(), WriteApproval.REFUSE);
    }

    /**
     * Makes {@code newApp} the device's current one. {@code objections} (what is wrong with it, from
     * {@link DctToWrite#objections}) and a device ID naming another device go to {@code approval} before anything is
     * read or written; a refusal throws {@link WriteRefusedException}.
     */
    public Outcome write(AppDct newApp, List<String> objections, WriteApproval approval)
            throws IOException, CancelledException {
        String deviceId = writableDeviceId();
        List<String> all = new ArrayList<>(objections);
        DctToWrite.otherDevice(newApp, deviceId).ifPresent(o -> all.add(0, o));
        if (!all.isEmpty() && !approval.approve(all)) {
            throw new WriteRefusedException(all);
        }
        return write(newApp, backUp(deviceId, BackupStore.BEFORE_WRITE));
    }

    /**
     * The DCT as it was before a write, saved and verified on disk.
     *
     * @param dct  both sectors, read until two reads agreed
     * @param file where the backup is
     */
    public record Backup(String deviceId, byte[] dct, Path file) {
    }

    /**
     * Reads the DCT until two reads agree and saves it, verified, with {@code why}; a workflow that needs the DCT
     * before deciding what to write takes its backup here and hands it to {@link #write(AppDct, Backup)}.
     */
    public Backup backUp(String why) throws IOException, CancelledException {
        return backUp(writableDeviceId(), why);
    }

    private String writableDeviceId() throws IOException {
        DeviceIdentity id = target.identity();
        target.checkCanChange(Stm32F2.DCT_SECTORS);
        return id.deviceId().orElseThrow(() -> new RefusedException(
                "The device ID cannot be read, so there is nowhere to file the backup; nothing was written."));
    }

    private Backup backUp(String deviceId, String why) throws IOException, CancelledException {
        byte[] before = readAgreed();
        Path backup = backups.save(deviceId, before, why);
        if (!Arrays.equals(Files.readAllBytes(backup), before)) {
            throw new IOException("The backup " + backup + " does not read back as saved (a failing disk?);"
                    + " nothing was written to the device.");
        }
        return new Backup(deviceId, before, backup);
    }

    /**
     * Makes {@code newApp} the current DCT of the device {@code taken} was read from, planned against that backup
     * (the caller keeps the target open between the two, so the DCT cannot have changed).
     */
    public Outcome write(AppDct newApp, Backup taken) throws IOException, CancelledException {
        byte[] before = taken.dct();
        Path backup = taken.file();
        DctWritePlan plan = DctWriter.plan(before, newApp);
        cancellation.checkpoint("after the backup, before anything was written");
        // From the first flash step on, shutting down (Ctrl-C) waits for the write to finish.
        try (UnfinishedWork.Section writing = UnfinishedWork.begin()) {
            byte[] model = before.clone();
            List<FlashStep> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                FlashStep step = steps.get(i);
                progress.stage(String.format("Step %d/%d: %s", i + 1, steps.size(), step.description()));
                byte[] beforeStep = model.clone();
                step.applyTo(model);
                try {
                    carryOut(step, model, backup);
                } catch (IOException e) {
                    throw stoppedAt(i, steps, beforeStep, model, backup, e);
                }
            }
            if (!plan.isEmpty()) {
                checkFinal(plan, backup);
            }
        }
        return new Outcome(backup, plan, taken.deviceId());
    }

    /**
     * The DCT as it is, read until two reads agree: AN3155 Read Memory has no checksum, so one read may hold a byte
     * the line changed, and the backup and the new copy (built from the current one) must not carry it.
     */
    private byte[] readAgreed() throws IOException, CancelledException {
        progress.stage("Backing up the DCT");
        List<byte[]> reads = new ArrayList<>();
        for (int n = 1; n <= MAX_READS; n++) {
            byte[] image = readOnce(n);
            for (byte[] earlier : reads) {
                if (Arrays.equals(earlier, image)) {
                    return image;
                }
            }
            reads.add(image);
        }
        throw new IOException(MAX_READS + " reads of the DCT all differ: the link changes bytes (a long or loose cable,"
                + " a noisy adapter, too high a baud rate). Nothing was written; fix the link and try again.");
    }

    private byte[] readOnce(int n) throws IOException, CancelledException {
        byte[] image = new byte[Stm32F2.DCT_LENGTH];
        long total = 2L * image.length;
        long base = (long) Math.min(n - 1, 1) * image.length;
        for (int done = 0; done < image.length; done += BACKUP_CHUNK) {
            cancellation.checkpoint("while backing up; nothing was written");
            byte[] part = target.read(Stm32F2.DCT_ADDRESS + done, BACKUP_CHUNK, ProgressListener.NONE);
            System.arraycopy(part, 0, image, done, BACKUP_CHUNK);
            progress.progress(Math.min(total, base + done + BACKUP_CHUNK), total);
        }
        return image;
    }

    /** One step, then its read-back; a step that does not verify is tried once more before giving up. */
    private void carryOut(FlashStep step, byte[] model, Path backup) throws IOException {
        int offset = step.imageOffset();
        byte[] expected = Arrays.copyOfRange(model, offset, offset + step.length());
        for (int attempt = 1; ; attempt++) {
            if (step instanceof FlashStep.Erase erase) {
                target.eraseSectors(List.of(erase.sector()), ProgressListener.NONE);
            } else if (step instanceof FlashStep.Program program) {
                target.write(step.address(), program.bytes(), progress);
            }
            byte[] actual = target.read(step.address(), step.length(), ProgressListener.NONE);
            if (Arrays.equals(actual, expected)) {
                return;
            }
            if (attempt == 2) {
                throw new IOException(String.format("The device did not take '%s': reading back 0x%08X gave other"
                        + " bytes. Nothing after it was done, so the DCT that was current before is still the one"
                        + " the device uses. The backup is %s.", step.description(), firstDifference(actual,
                        expected, step.address()), backup));
            }
        }
    }

    /**
     * Where a write that stopped at step {@code i} left the device: what each firmware generation boots (known from
     * the plan: before the step or after it, if the step may have been partly done), where the backup is, and how to
     * finish or undo it.
     */
    private static IOException stoppedAt(int i, List<FlashStep> steps, byte[] beforeStep, byte[] afterStep,
                                         Path backup, IOException cause) {
        StringBuilder boots = new StringBuilder();
        for (DctGeneration rule : DctGeneration.values()) {
            int was = CopySelector.select(beforeStep, rule).current();
            int may = CopySelector.select(afterStep, rule).current();
            boots.append(boots.length() == 0 ? "" : "; ").append("firmware ").append(rule.firmware()).append(" boots ")
                    .append(was == may ? "DCT" + was : "DCT" + was + " or DCT" + may
                            + " (depending on how much of this step reached the device)");
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String message = String.format("The write stopped at step %d/%d (%s): %s%s Now %s. The DCT as it was is"
                + " backed up in %s. To finish, run the same write-dct again (it carries on from what is on the"
                + " device); to undo, write the backup: reclaim device write-dct --via SPEC %s", i + 1, steps.size(),
                steps.get(i).description(), reason, reason.endsWith(".") ? "" : ".", boots, backup, backup);
        // keep the kind of failure: a lost link stays a lost link for whoever tells it apart
        IOException stopped = cause instanceof LinkClosedException ? new LinkClosedException(message)
                : new IOException(message);
        stopped.initCause(cause);
        return stopped;
    }

    private static long firstDifference(byte[] a, byte[] b, long address) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return address + i;
            }
        }
        return address;
    }

    private void checkFinal(DctWritePlan plan, Path backup) throws IOException {
        progress.stage("Verifying the DCT");
        byte[] after = target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, progress);
        if (!Arrays.equals(after, plan.expectedImage())) {
            after = target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, progress); // one more, for a flipped byte
        }
        for (DctGeneration rule : DctGeneration.values()) {
            Selection s = CopySelector.select(after, rule);
            if (s.current() != plan.targetCopy()) {
                throw new IOException("After the write, firmware " + rule.firmware() + " would select "
                        + (s.hasCurrent() ? "DCT" + s.current() : "no DCT") + " instead of the new DCT"
                        + plan.targetCopy() + " (" + s.reason() + "). The backup is " + backup + ".");
            }
        }
        if (!Arrays.equals(after, plan.expectedImage())) {
            throw new IOException("After the write the DCT sectors differ from what was written. The backup is "
                    + backup + ".");
        }
    }
}

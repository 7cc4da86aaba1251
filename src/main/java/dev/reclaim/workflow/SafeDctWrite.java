package dev.reclaim.workflow;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctCrc;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.write.DctWritePlan;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.dct.write.FlashStep;
import dev.reclaim.dct.layout.DctSector;
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
    /** The start of a copy's header that holds the bytes its CRC leaves out (write_incomplete, is_current_dct). */
    private static final int HEADER_SELECTION_BYTES = 16;
    /** A program step sends its bytes in blocks this big (AN3155 Write Memory); all-0xFF blocks change nothing. */
    private static final int PROGRAM_BLOCK = 256;

    /**
     * @param backup   where the DCT as it was is saved
     * @param plan     the steps carried out (empty when the device already had this application DCT)
     * @param deviceId whose DCT it is
     */
    public record Outcome(Path backup, DctWritePlan plan, String deviceId, byte[] verified) {
        /** @param verified both DCT sectors as the device holds them now, every byte read back or agreed */
        public Outcome {
            verified = verified.clone();
        }

        @Override
        public byte[] verified() {
            return verified.clone();
        }

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
        byte[] verified = before.clone();
        try (UnfinishedWork.Section writing = UnfinishedWork.begin()) {
            byte[] model = before.clone();
            List<FlashStep> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                FlashStep step = steps.get(i);
                progress.stage(String.format("Step %d/%d: %s", i + 1, steps.size(), step.description()));
                byte[] beforeStep = model.clone();
                step.applyTo(model);
                try {
                    carryOut(step, model, backup, provenLater(steps, i), verified);
                } catch (IOException e) {
                    throw stoppedAt(i, steps, beforeStep, model, backup, e);
                }
            }
            if (!plan.isEmpty()) {
                checkFinal(plan, verified, backup);
            }
        }
        return new Outcome(backup, plan, taken.deviceId(), verified);
    }

    /**
     * The DCT as it is, read until two reads agree: AN3155 Read Memory has no checksum, so one read may hold a byte
     * the line changed, and the backup and the new copy (built from the current one) must not carry it.
     */
    private byte[] readAgreed() throws IOException, CancelledException {
        progress.stage("Backing up the DCT");
        byte[] first = readOnce(1);
        if (confirmedByOneRead(first)) {
            progress.progress(2L * first.length, 2L * first.length);
            return first;
        }
        List<byte[]> reads = new ArrayList<>(List.of(first));
        for (int n = 2; n <= MAX_READS; n++) {
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

    /**
     * Whether one read of both sectors can be trusted without reading them all again: a copy whose stored CRC matches
     * (firmware ≥0.7, as written or as retired) vouches for its own bytes, so only the few bytes the CRC leaves out
     * (write_incomplete, is_current_dct, initial_write, which decide the copy the firmware boots) are read again; a
     * sector read as all 0xFF is taken as erased (a changed byte shows as one that is not 0xFF; for the read to hide
     * a programmed byte the line would have to turn it into exactly 0xFF); any other sector (legacy, initial write)
     * is read again whole. A flipped byte breaks the CRC or differs in the second read, and then the DCT is read
     * whole until two reads agree. The CRC algorithm is UNVERIFIED against a real dump (see {@link DctCrc}): were it
     * wrong, no copy would match and those sectors would simply be read twice, as before.
     */
    private boolean confirmedByOneRead(byte[] first) throws IOException, CancelledException {
        for (int start = 0; start < first.length; start += DctSector.SIZE) {
            cancellation.checkpoint("while backing up; nothing was written");
            if (allErased(first, start, start + DctSector.SIZE)) {
                continue;
            }
            List<int[]> again = DctCrc.vouchesFor(first, start)
                    ? List.of(new int[] {start, HEADER_SELECTION_BYTES}, new int[] {start + DctSector.VERSION_OFFSET,
                            DctSector.VERSION_SIZE})
                    : List.of(new int[] {start, DctSector.SIZE});
            for (int[] range : again) {
                for (int off = range[0]; off < range[0] + range[1]; off += BACKUP_CHUNK) {
                    int len = Math.min(BACKUP_CHUNK, range[0] + range[1] - off);
                    byte[] part = target.read(Stm32F2.DCT_ADDRESS + off, len, ProgressListener.NONE);
                    if (!Arrays.equals(part, 0, len, first, off, off + len)) {
                        return false;
                    }
                }
            }
        }
        return true;
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

    /**
     * One step, then its read-back; a step that does not verify is tried once more before giving up. An erase whose
     * whole sector later program steps read back ({@code provenLater}) is verified by those reads: a byte the erase
     * missed shows there, before the new copy is marked complete. Blocks of 0xFF are not sent (programming 0xFF
     * leaves flash as it is), but the read-back covers the whole step. What is read back goes into {@code verified}.
     */
    private void carryOut(FlashStep step, byte[] model, Path backup, boolean provenLater, byte[] verified)
            throws IOException {
        int offset = step.imageOffset();
        byte[] expected = Arrays.copyOfRange(model, offset, offset + step.length());
        for (int attempt = 1; ; attempt++) {
            if (step instanceof FlashStep.Erase erase) {
                target.eraseSectors(List.of(erase.sector()), ProgressListener.NONE);
                if (provenLater) {
                    return;
                }
            } else if (step instanceof FlashStep.Program program) {
                programSkippingBlank(step.address(), program.bytes());
            }
            byte[] actual = target.read(step.address(), step.length(), ProgressListener.NONE);
            if (Arrays.equals(actual, expected)) {
                System.arraycopy(actual, 0, verified, offset, actual.length);
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

    /** Writes {@code data} at {@code address}, each run of blocks that are not all 0xFF with one write. */
    private void programSkippingBlank(long address, byte[] data) throws IOException {
        int runStart = -1;
        for (int at = 0; at <= data.length; ) {
            int end = at == data.length ? at : (int) Math.min(data.length,
                    (address + at) / PROGRAM_BLOCK * PROGRAM_BLOCK + PROGRAM_BLOCK - address);
            boolean blank = at < data.length && allErased(data, at, end);
            if (at == data.length || blank) {
                if (runStart >= 0) {
                    target.write(address + runStart, Arrays.copyOfRange(data, runStart, at), progress);
                    runStart = -1;
                }
            } else if (runStart < 0) {
                runStart = at;
            }
            if (at == data.length) {
                return;
            }
            at = end;
        }
    }

    private static boolean allErased(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the program steps after step {@code i} (an erase) together read back every byte of its sector before
     * any of them can make the new copy current (the plan marks it complete last).
     */
    private static boolean provenLater(List<FlashStep> steps, int i) {
        if (!(steps.get(i) instanceof FlashStep.Erase erase)) {
            return false;
        }
        boolean[] covered = new boolean[erase.length()];
        for (FlashStep later : steps.subList(i + 1, steps.size())) {
            if (later instanceof FlashStep.Erase) {
                break;
            }
            int from = Math.max(later.imageOffset(), erase.imageOffset());
            int to = Math.min(later.imageOffset() + later.length(), erase.imageOffset() + erase.length());
            for (int b = from; b < to; b++) {
                covered[b - erase.imageOffset()] = true;
            }
        }
        for (boolean c : covered) {
            if (!c) {
                return false;
            }
        }
        return true;
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

    /**
     * Both firmware generations must select the new copy in the DCT as verified: every step's bytes read back as
     * planned, the rest from the agreed backup read (the target was held since, so nothing else changed it).
     */
    private void checkFinal(DctWritePlan plan, byte[] verified, Path backup) throws IOException {
        progress.stage("Verifying the DCT");
        for (DctGeneration rule : DctGeneration.values()) {
            Selection s = CopySelector.select(verified, rule);
            if (s.current() != plan.targetCopy()) {
                throw new IOException("After the write, firmware " + rule.firmware() + " would select "
                        + (s.hasCurrent() ? "DCT" + s.current() : "no DCT") + " instead of the new DCT"
                        + plan.targetCopy() + " (" + s.reason() + "). The backup is " + backup + ".");
            }
        }
        if (!Arrays.equals(verified, plan.expectedImage())) {
            throw new IOException("After the write the DCT sectors differ from what was written. The backup is "
                    + backup + ".");
        }
    }
}

package dev.reclaim.workflow;

import dev.reclaim.cloud.ClaimCode;
import dev.reclaim.cloud.CloudDevice;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.finding.WizardId;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepContext;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardRunner;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The claim cycle, for QA: N times unclaim the device, then claim it again, either by its ID through the Cloud API or
 * the way a device is set up in the field — create a claim code, write it into the DCT's {@code claim_code} with
 * {@code claimed} cleared (safe write), reset into the firmware, and wait until the device, having sent the code
 * after its handshake, belongs to this account again (looked up, with a deadline). Every cycle gets a report; a
 * failed cycle does not stop the next (each starts by unclaiming). Before the cycles the device is identified and
 * looked up; after them a device that was this account's is claimed back by ID if the last cycle left it unclaimed.
 * The whole run is one journal entry.
 */
public final class ClaimCycle {
    /** How the device is claimed again. */
    public enum Method {
        BY_ID, BY_CLAIM_CODE;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One cycle's report.
     *
     * @param outcome "claimed", or what stopped it: "unclaim_failed", "claim_failed", "claim_code_failed",
     *                "write_failed", "claim_timed_out", "lookup_failed", "cancelled"
     * @param steps   its steps, numbered within the whole run
     */
    public record CycleReport(int number, String outcome, Duration duration, List<StepRecord> steps) {
        public CycleReport {
            steps = List.copyOf(steps);
        }

        public boolean claimed() {
            return CLAIMED.equals(outcome);
        }
    }

    /**
     * @param run          the whole run, every step of every part in order (what the journal holds)
     * @param cycles       one report per cycle run
     * @param journalEntry the run's journal entry
     */
    public record Result(WizardRecord run, String deviceId, List<CycleReport> cycles, long journalEntry) {
        public Result {
            cycles = List.copyOf(cycles);
        }

        /** Every requested cycle ran and ended with the device claimed. */
        public boolean allClaimed(int requested) {
            return cycles.size() == requested && cycles.stream().allMatch(CycleReport::claimed);
        }
    }

    public static final String CLAIMED = "claimed";
    /** Developer devices report their platform (Photon 6, P1 8) as product_id (UNVERIFIED): not a product. */
    private static final Set<Integer> PLATFORM_IDS = Set.of(6, 8);

    private final DeviceSession device;
    private final ParticleCloud cloud;
    private final Method method;
    private final int count;
    private final Duration deadline;
    private final BackupStore backups;
    private final RunJournal journal;
    private final Clock clock = Clock.systemUTC();
    private final List<Path> backupsTaken = new ArrayList<>();

    private String deviceId;
    private Optional<Integer> productId = Optional.empty();
    private boolean wasOurs;
    private boolean ours;
    private ClaimCode code;

    /**
     * @param deadline how long a cycle waits for the device to send its claim code and be claimed
     */
    public ClaimCycle(DeviceSession device, ParticleCloud cloud, Method method, int count, Duration deadline,
                      BackupStore backups, RunJournal journal) {
        if (count < 1) {
            throw new IllegalArgumentException("the count of cycles is at least 1, not " + count);
        }
        this.device = device;
        this.cloud = cloud;
        this.method = method;
        this.count = count;
        this.deadline = deadline;
        this.backups = backups;
        this.journal = journal;
    }

    /** How many steps the whole run has: preparation, every cycle, finish. */
    public int totalSteps() {
        return preparation().steps().size() + count * cycle(1).steps().size() + finish().steps().size();
    }

    /** The steps before the cycles. */
    public Wizard preparation() {
        return new Wizard(WizardId.CLAIM_CYCLE, List.of(
                new WizardStep("Identify the device", "Read the device ID.", true, c -> identify()),
                new WizardStep("Look the device up", "Ask the cloud whether this account owns it.", true,
                        c -> lookUp())));
    }

    /** The steps of one cycle. */
    public Wizard cycle(int number) {
        String p = "Cycle " + number + ": ";
        List<WizardStep> steps = new ArrayList<>();
        steps.add(new WizardStep(p + "unclaim", "Release the device from this account.", true, c -> unclaim()));
        if (method == Method.BY_ID) {
            steps.add(new WizardStep(p + "claim by ID", "Claim the device by its ID through the Cloud API.", true,
                    c -> claimById()));
        } else {
            steps.add(new WizardStep(p + "create a claim code", "Ask the cloud for a claim code for this account.",
                    true, c -> createCode()));
            steps.add(new WizardStep(p + "write the claim code", "Write claim_code with claimed cleared (safe"
                    + " write, backup first), then reset the device into its firmware.", true, this::writeCode));
            steps.add(new WizardStep(p + "wait for the claim", "The device sends the code after its handshake;"
                    + " wait until the cloud says this account owns it.", true, this::awaitClaim));
        }
        return new Wizard(WizardId.CLAIM_CYCLE, steps);
    }

    /** The step after the cycles. */
    public Wizard finish() {
        return new Wizard(WizardId.CLAIM_CYCLE, List.of(new WizardStep("Leave the device as found", "Claim it back"
                + " by ID if it was this account's and the last cycle left it unclaimed.", true, c -> restore())));
    }

    /**
     * Runs the preparation, the cycles and the finish, and files the run in the journal.
     *
     * @throws JournalException when the run cannot be filed (the device work is done by then)
     */
    public Result run(Cancellation cancellation, WizardListener listener) throws JournalException {
        Instant started = clock.instant();
        WizardRunner runner = new WizardRunner(clock);
        Numbering all = new Numbering(listener);
        List<CycleReport> reports = new ArrayList<>();
        WizardRecord prep = all.run(runner, preparation(), cancellation);
        boolean ready = prep.outcome() == StepOutcome.OK;
        for (int n = 1; ready && n <= count && !cancellation.isRequested(); n++) {
            WizardRecord cycle = all.run(runner, cycle(n), cancellation);
            reports.add(new CycleReport(n, outcomeOf(cycle), cycle.duration(), all.last(cycle.steps().size())));
        }
        if (ready) {
            all.run(runner, finish(), Cancellation.none()); // leaving the device as found is never skipped
        }
        WizardRecord whole = new WizardRecord(WizardId.CLAIM_CYCLE, started, Duration.between(started,
                clock.instant()), all.records);
        RunJournal.Facts facts = new RunJournal.Facts();
        facts.device(deviceId == null ? "" : deviceId);
        long claimed = reports.stream().filter(CycleReport::claimed).count();
        facts.witness(claimed + " of " + count + " cycles claimed (" + method.id() + "), each checked by a cloud"
                + " lookup");
        backupsTaken.forEach(b -> {
            try {
                facts.backup(b);
            } catch (IOException e) {
                // a backup that cannot be read back for its digest is left out of the entry, not the run
            }
        });
        String outcome = reports.size() == count && claimed == count ? "all_claimed"
                : cancellation.isRequested() ? "cancelled" : "not_all_claimed";
        long entry = journal.record(whole, outcome, facts);
        return new Result(whole, deviceId, reports, entry);
    }

    /** What stopped a cycle, from the title of its first step that did not finish. */
    private static String outcomeOf(WizardRecord cycle) {
        for (StepRecord s : cycle.steps()) {
            if (s.outcome() == StepOutcome.CANCELLED) {
                return "cancelled";
            }
            if (s.outcome() == StepOutcome.FAILED) {
                String t = s.title().substring(s.title().indexOf(": ") + 2);
                if (t.startsWith("wait")) {
                    return s.detail().startsWith("not claimed within") ? "claim_timed_out" : "lookup_failed";
                }
                return switch (t) {
                    case "unclaim" -> "unclaim_failed";
                    case "claim by ID" -> "claim_failed";
                    case "create a claim code" -> "claim_code_failed";
                    default -> "write_failed";
                };
            }
        }
        return CLAIMED;
    }

    private StepResult identify() throws IOException {
        Identity id = IdentifyDevice.identify(device);
        deviceId = id.deviceId().orElseThrow(() -> new IOException("The device ID cannot be read (is the chip"
                + " read-protected?); the cloud knows a device only by its ID."));
        return StepResult.done("device " + deviceId);
    }

    private StepResult lookUp() throws CloudException {
        try {
            CloudDevice d = cloud.lookup(deviceId, Optional.empty());
            productId = d.productId().filter(p -> !PLATFORM_IDS.contains(p));
            wasOurs = d.owner().isPresent() || productId.isEmpty();
        } catch (CloudException e) {
            if (e.reason() != CloudException.Reason.NOT_PERMITTED && e.reason() != CloudException.Reason.NOT_FOUND) {
                throw e;
            }
            wasOurs = false;
        }
        ours = wasOurs;
        return StepResult.done(wasOurs ? "this account owns it" + productId.map(p -> " (product " + p + ")").orElse("")
                : "this account does not own it: the first cycle only claims it");
    }

    private StepResult unclaim() throws CloudException {
        if (!ours) {
            return StepResult.skipped("not this account's device: nothing to release");
        }
        cloud.unclaim(deviceId, productId);
        ours = false;
        return StepResult.done("released");
    }

    private StepResult claimById() throws CloudException, IOException {
        cloud.claim(deviceId);
        requireOwned();
        ours = true;
        return StepResult.done("claimed; the cloud's lookup confirms it");
    }

    private StepResult createCode() throws CloudException {
        code = cloud.createClaimCode(productId);
        return StepResult.done("a " + code.code().length() + "-character code for this account");
    }

    private StepResult writeCode(StepContext c) throws Exception {
        try (GuardedFlashTarget target = device.openTarget()) {
            SafeDctWrite write = new SafeDctWrite(target, backups, c.progress(), c.cancellation());
            SafeDctWrite.Backup taken = write.backUp("before writing a claim code (claim cycle)");
            backupsTaken.add(taken.file());
            AppDct current = DctToWrite.from(DctImage.ofTwoSectors(taken.dct()), "The device's DCT");
            write.write(ClaimWatch.withClaimCode(current, code.code()), taken);
        } catch (DctToWrite.Unwritable | InvalidValueException e) {
            throw new IOException(e.getMessage() + " Nothing was written.", e);
        }
        // closing the target reset the device into its firmware
        return StepResult.done("claim_code written with claimed cleared, read back; the device was reset");
    }

    private StepResult awaitClaim(StepContext c) throws Exception {
        double seconds = watch().awaitOwned(deadline, c);
        ours = true;
        return StepResult.done(String.format(Locale.ROOT, "claimed %.1f s after the reset (cloud lookup)", seconds));
    }

    private StepResult restore() throws CloudException, IOException {
        if (!wasOurs || ours) {
            return StepResult.skipped(ours ? "it is this account's, as before" : "it was not this account's");
        }
        cloud.claim(deviceId);
        requireOwned();
        ours = true;
        return StepResult.done("claimed back by ID");
    }

    private void requireOwned() throws CloudException, IOException {
        if (visible().isEmpty()) {
            throw new IOException("The cloud accepted the claim, but looking the device up does not show it as this"
                    + " account's.");
        }
    }

    /** The device as this account sees it, when the account owns it. */
    private Optional<CloudDevice> visible() throws CloudException {
        return watch().owned();
    }

    private ClaimWatch watch() {
        return new ClaimWatch(cloud, deviceId, productId);
    }

    /** Runs the parts as one run: step numbers continue from part to part, every record kept in order. */
    private static final class Numbering {
        private final WizardListener listener;
        private final List<StepRecord> records = new ArrayList<>();

        Numbering(WizardListener listener) {
            this.listener = listener;
        }

        WizardRecord run(WizardRunner runner, Wizard part, Cancellation cancellation) {
            int offset = records.size();
            WizardRecord r = runner.run(part, cancellation, new WizardListener() {
                @Override
                public void stepStarted(int number, WizardStep step) {
                    listener.stepStarted(offset + number, step);
                }

                @Override
                public void stage(int number, String description) {
                    listener.stage(offset + number, description);
                }

                @Override
                public void progress(int number, long done, long total) {
                    listener.progress(offset + number, done, total);
                }

                @Override
                public void stepFinished(StepRecord record) {
                    StepRecord renumbered = new StepRecord(offset + record.number(), record.title(), record.outcome(),
                            record.started(), record.duration(), record.detail());
                    records.add(renumbered);
                    listener.stepFinished(renumbered);
                }
            });
            return r;
        }

        List<StepRecord> last(int n) {
            return List.copyOf(records.subList(records.size() - n, records.size()));
        }
    }
}

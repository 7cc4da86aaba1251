package dev.reclaim.workflow;

import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepContext;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardRunner;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a wizard that changes a device and then proves the change with a handshake: the state its steps share
 * (the flash target, held open from identification to the reset, so the device stays in its bootloader and its DCT
 * cannot change between the backup and the write; the backup; the witness) and the steps every such wizard has —
 * identify, back up, write, reset, witness. The wizards ({@link RecoverKeys}, {@link SetServer}) add their own steps
 * between. After the run the target is closed (the device resets into its firmware) and the run is journaled.
 */
final class DeviceRun {
    /** The witness step's title: a station hands the probe back there (the board needs none from then on). */
    static final String WITNESS_STEP = "Wait for the handshake";

    private final DeviceWizardSetting setting;
    private final RunJournal.Facts facts = new RunJournal.Facts();
    /** The failure id of each step, by title, for the run's outcome. */
    private final Map<String, String> failureIds = new LinkedHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private GuardedFlashTarget target;
    private SafeDctWrite.Backup backup;
    private HandshakeWitness witness;
    private Instant resetAt;
    private HandshakeWitness.Verdict verdict;
    /** The application DCT with the changes gathered since the last write; null when none are waiting. */
    private AppDct gathered;
    /** What the gathered changes put on the device, for the write's summary: "the new key", "the claim code". */
    private final List<String> gatheredWhat = new ArrayList<>();
    /** The product the cloud witness looks the device up in: a product's device is not visible outside it. */
    private Optional<Integer> productId = Optional.empty();

    DeviceRun(DeviceWizardSetting setting) {
        this.setting = setting;
    }

    /** Before the run: the device is (or is put) in this product, so the cloud witness asks the product. */
    void inProduct(Optional<Integer> product) {
        this.productId = product;
    }

    RunJournal.Facts facts() {
        return facts;
    }

    String deviceId() {
        return facts.deviceId();
    }

    SafeDctWrite.Backup backup() {
        return backup;
    }

    GuardedFlashTarget target() {
        return target;
    }

    /**
     * The application DCT the next change starts from: the one the device boots now (the backup's current copy, by
     * the ≥0.7 rule a write aligns to), with the changes gathered since the last write.
     */
    AppDct currentApp() throws IOException {
        if (gathered != null) {
            return gathered;
        }
        try {
            return DctToWrite.from(DctImage.ofTwoSectors(backup.dct()), "the device's DCT");
        } catch (DctToWrite.Unwritable e) {
            throw new IOException(e.getMessage() + " Restore a backup of this device first.", e);
        }
    }

    /** The cloud's API; fails the step with a one-line reason when there is no token. */
    ParticleCloud cloud() throws CloudException {
        return ParticleCloud.of(setting.cloud());
    }

    /** A step, with the outcome id the run gets when it fails there. */
    WizardStep step(String title, String description, boolean safeToStopAfter, String failureId,
                    WizardStep.Action action) {
        failureIds.put(title, failureId);
        return new WizardStep(title, description, safeToStopAfter, action);
    }

    WizardStep identify() {
        return step("Identify the device", "Reset it into its bootloader, read its UID: the device ID.", true,
                "identify_failed", ctx -> {
                    target = setting.device().openTarget();
                    String id = target.identity().deviceId().orElseThrow(() -> new IOException(
                            "The device's UID cannot be read, so its device ID is unknown; nothing was changed."));
                    facts.device(id);
                    witness = HandshakeWitness.listen(setting.log(), setting.logFeed(), witnessCloud(), id, productId,
                            setting.cloudInterval());
                    return StepResult.done("device " + id + " (" + setting.device().description() + ")");
                });
    }

    /** The cloud as a witness: none when there is no token to ask it with. */
    private Optional<ParticleCloud> witnessCloud() {
        try {
            return Optional.of(cloud());
        } catch (CloudException noToken) {
            return Optional.empty();
        }
    }

    WizardStep backUp(String why) {
        return step("Back up the DCT", "Read both DCT sectors until two reads agree and save them.", true,
                "backup_failed", ctx -> {
                    backup = new SafeDctWrite(target, setting.backups(), ctx.progress(), ctx.cancellation())
                            .backUp(why);
                    facts.backup(backup.file());
                    return StepResult.done("saved to " + backup.file());
                });
    }

    /**
     * Gathers a change for the next write: {@code app} is {@link #currentApp()} with it. A recipe's workflows each
     * gather theirs, so the device is erased and programmed once for all of them.
     *
     * @param what what the change puts on the device, for the write's summary ("the new key")
     */
    void gather(AppDct app, String what) {
        gathered = app;
        gatheredWhat.add(what);
    }

    /** A write wrapped by a workflow that must act when it is stopped or fails (e.g. give a registered key back). */
    @FunctionalInterface
    interface WriteGuard {
        WriteGuard NONE = Write::run;

        SafeDctWrite.Outcome around(Write write) throws Exception;
    }

    /** The write a {@link WriteGuard} wraps. */
    @FunctionalInterface
    interface Write {
        SafeDctWrite.Outcome run() throws Exception;
    }

    /**
     * The one safe DCT write of the changes gathered since the last write, planned against what the device holds
     * now; skipped when none are waiting. A later write in the same run is planned against the DCT this one left, as
     * the write read it back; the backup file stays the DCT as it was before the run.
     *
     * @param nothing the skipped step's detail when nothing was gathered
     */
    StepResult writeGathered(StepContext ctx, String nothing, WriteGuard guard) throws Exception {
        if (gathered == null) {
            return StepResult.skipped(nothing);
        }
        SafeDctWrite.Outcome outcome = guard.around(() -> new SafeDctWrite(target, setting.backups(),
                ctx.progress(), ctx.cancellation()).write(gathered, backup));
        backup = new SafeDctWrite.Backup(backup.deviceId(), outcome.verified(), backup.file());
        String what = String.join(", ", gatheredWhat);
        gathered = null;
        gatheredWhat.clear();
        return StepResult.done(outcome.summary(what));
    }

    /**
     * Both DCT sectors as the device holds them now, without reading them again: the last write's verified read-back,
     * or the backup's agreed read when nothing was written (the target is held since, so nothing else changed them).
     */
    DctImage dctNow() {
        return DctImage.ofTwoSectors(backup.dct());
    }

    /** The current application DCT under both firmware rules, which must agree. */
    static AppDct bootedBy(DctImage image) throws IOException {
        Optional<AppDct> legacy = image.currentAppDct(DctGeneration.LEGACY);
        Optional<AppDct> versioned = image.currentAppDct(DctGeneration.VERSIONED);
        if (versioned.isEmpty() || !versioned.equals(legacy)) {
            throw new IOException("After the write, firmware 0.6 and 0.7+ do not boot the same DCT copy; run the"
                    + " same command again to finish the write.");
        }
        return versioned.get();
    }

    WizardStep reset() {
        return step("Reset into the firmware", "Let go of the device: it leaves its bootloader and starts its"
                + " firmware, which connects to the cloud.", true, "reset_failed", ctx -> {
                    resetAt = clock.instant();
                    GuardedFlashTarget t = target;
                    target = null;
                    try {
                        t.startFirmwareOnClose();
                    } finally {
                        t.close();
                    }
                    return StepResult.done("the device was reset into its firmware at " + resetAt);
                });
    }

    WizardStep awaitHandshake() {
        return step(WITNESS_STEP, "Watch the device's next connection attempt until it completes.",
                true, "handshake_failed", ctx -> {
                    verdict = witness.await(resetAt, setting.witnessDeadline(), ctx.cancellation(), ctx.progress());
                    facts.witness(verdict.text());
                    if (!verdict.completed()) {
                        failureIds.put(WITNESS_STEP, verdict.failureId());
                        throw new IOException("The device did not complete its handshake: " + verdict.text() + ".");
                    }
                    return StepResult.done(verdict.text());
                });
    }

    /**
     * Runs the wizard, then lets go of the device (a run that stopped early resets it too) and journals the run.
     *
     * @param afterCompleted what to do once the handshake is witnessed (e.g. forget a kept key)
     */
    WizardOutcome run(Wizard wizard, Cancellation cancellation, WizardListener listener,
                      AfterCompleted afterCompleted) throws JournalException {
        WizardRecord record;
        try {
            record = new WizardRunner().run(wizard, cancellation, listener);
        } finally {
            if (target != null) {
                target.close();
            }
            if (witness != null) {
                witness.close();
            }
        }
        String outcome = outcome(record);
        if (outcome.equals(WizardOutcome.COMPLETED)) {
            try {
                afterCompleted.run();
            } catch (IOException e) {
                facts.witness(verdict.text() + " (" + e.getMessage() + ")");
            }
        }
        if (facts.deviceId().isEmpty()) {
            // Nothing was reached: there is no device to file the run under.
            return new WizardOutcome(record, outcome, 0, "");
        }
        long id = setting.journal().record(record, outcome, facts);
        return new WizardOutcome(record, outcome, id, verdict == null ? "" : verdict.text());
    }

    /** Done after a witnessed handshake. */
    @FunctionalInterface
    interface AfterCompleted {
        void run() throws IOException;
    }

    private String outcome(WizardRecord record) {
        if (record.outcome() == StepOutcome.OK) {
            return verdict != null && verdict.completed() ? WizardOutcome.COMPLETED : "handshake_failed";
        }
        if (record.outcome() == StepOutcome.CANCELLED) {
            return "cancelled";
        }
        List<StepRecord> steps = record.steps();
        return steps.stream().filter(s -> s.outcome() == StepOutcome.FAILED).findFirst()
                .map(s -> failureIds.getOrDefault(s.title(), "failed")).orElse("failed");
    }
}

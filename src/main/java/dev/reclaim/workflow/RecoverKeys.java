package dev.reclaim.workflow;

import dev.reclaim.cloud.CloudException;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recover keys (fixes {@code cloud_closed_during_key_exchange}, {@code device_key_rejected}, a blank private key):
 * identify → back up → keep the device's key if the firmware can use it and the public slot holds its half, else
 * make a new RSA-1024 pair → register the public key with the cloud <b>before</b> writing → the safe DCT write of
 * private + public key → read back and check the pair → reset into the firmware → witness the handshake.
 * <p>
 * Between registering and the device confirming, the cloud and the device disagree, so a new key is kept (0600) in
 * {@link PendingKeys} until the handshake is witnessed: a run that finds a kept key for the device continues with
 * it (a failed write is retried from it; {@code --resume} insists on one). Stopping on request before the write
 * begins re-registers the old public key (from the backup), so the device is no worse than before.
 */
public final class RecoverKeys implements DeviceWizard {
    private static final DctEdits EDITS = DctEdits.photonP1();
    private static final String PRIVATE = "device_private_key";
    private static final String PUBLIC = "device_public_key";

    private final DeviceRun run;
    private final DeviceWizardSetting setting;
    private final boolean resume;
    private final Wizard wizard;
    private final WizardStep choose;
    private final WizardStep register;
    private final WizardStep check;
    private final Optional<Integer> productId;
    /** What the device presents now, when its key is usable: the key to put back if the user gives up. */
    private RsaPublicKey oldKey;
    private RsaPrivateKey key;
    private boolean keyIsNew;
    private boolean registered;

    /** @param resume finish an interrupted run: a kept key for the device must exist */
    public RecoverKeys(DeviceWizardSetting setting, boolean resume) {
        this(setting, resume, Optional.empty());
    }

    /**
     * @param productId the product the device belongs to: its key is registered with this {@code product_id} (a
     *                  product's device that this account does not own needs it) and the witness looks it up there
     */
    public RecoverKeys(DeviceWizardSetting setting, boolean resume, Optional<Integer> productId) {
        this(setting, resume, inProduct(new DeviceRun(setting), productId), productId);
    }

    private static DeviceRun inProduct(DeviceRun run, Optional<Integer> productId) {
        run.inProduct(productId);
        return run;
    }

    /**
     * Its steps on a run another wizard shares (a station's recipe): {@link #chooseStep()}, {@link #registerStep()}
     * and {@link #checkStep()} go between that run's backup and its reset, around the run's one write, which
     * {@link #guarded} wraps.
     *
     * @param productId the product the key is registered in, if any
     */
    RecoverKeys(DeviceWizardSetting setting, boolean resume, DeviceRun run, Optional<Integer> productId) {
        this.setting = setting;
        this.resume = resume;
        this.run = run;
        this.productId = productId;
        this.choose = run.step("Choose the device key", "Keep the device's key if the firmware can use it and its"
                + " public half is in the DCT; otherwise make a new RSA-1024 pair.", true, "key_failed",
                ctx -> chooseKey());
        // Not a safe point: stopping right after it would leave the cloud holding a key the device lacks. So it
        // comes right before the write, whose stop gives the old key back (giveUp).
        this.register = run.step("Register the public key", "Give the cloud the public key before the device uses"
                + " it.", false, "register_failed", ctx -> register());
        this.check = run.step("Check the keys", "In the DCT as the write read it back, the private key must be usable"
                + " and pair with the public key written.", true, "verify_failed", ctx -> check());
        List<WizardStep> steps = new ArrayList<>(List.of(run.identify(), run.backUp("before recovering keys"),
                choose, register,
                run.step("Write the keys", "Write the private and public key with the safe DCT write.", true,
                        "write_failed", ctx -> run.writeGathered(ctx, "the device already holds this key",
                                this::guarded)),
                check, run.reset(), run.awaitHandshake()));
        this.wizard = new Wizard(WizardId.RECOVER_KEYS, steps);
    }

    /** Keeps the device's key or makes one, and gathers the new key for the run's write. */
    WizardStep chooseStep() {
        return choose;
    }

    /** Registers the chosen key; a recipe puts it right before its one write (see {@link #guarded}). */
    WizardStep registerStep() {
        return register;
    }

    /** After the write: the firmware reads the registered key. */
    WizardStep checkStep() {
        return check;
    }

    /** Once the handshake is witnessed: the kept key is no longer needed. */
    void afterCompleted() throws IOException {
        setting.pendingKeys().release(run.deviceId());
    }

    @Override
    public Wizard wizard() {
        return wizard;
    }

    @Override
    public WizardOutcome run(Cancellation cancellation, WizardListener listener) throws JournalException {
        return run.run(wizard, cancellation, listener, this::afterCompleted);
    }

    private StepResult chooseKey() throws IOException, InvalidValueException {
        AppDct app = run.currentApp();
        byte[] privateSlot = app.slot(app.layout().field(PRIVATE));
        DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(privateSlot);
        boolean blank = (privateSlot[0] & 0xFF) == 0xFF;
        oldKey = !blank && verdict.usable() ? verdict.presented() : null;
        if (oldKey != null) {
            run.facts().key("device key as found", oldKey);
        }
        Optional<RsaPrivateKey> kept = setting.pendingKeys().find(run.deviceId());
        if (kept.isPresent()) {
            key = kept.get();
            keyIsNew = !key.publicKey().equals(oldKey);
            run.facts().key("new device key", key.publicKey());
            if (keyIsNew) {
                gatherNewKey(app);
            }
            return StepResult.done("continuing with the key kept from an interrupted run ("
                    + fingerprint(key.publicKey()) + ")" + (keyIsNew ? "" : "; the device already holds it"));
        }
        if (resume) {
            throw new IOException("Nothing to resume: no key is kept for device " + run.deviceId() + " (the last"
                    + " run finished, or never registered a key). Run reclaim recover without --resume.");
        }
        if (oldKey != null && publicSlotMatches(app, oldKey)) {
            key = verdict.key();
            keyIsNew = false;
            return StepResult.done("the device's key is usable and its public half is in the DCT: keeping it ("
                    + fingerprint(oldKey) + ")");
        }
        key = RsaKeys.generateDeviceKey();
        keyIsNew = true;
        setting.pendingKeys().keep(run.deviceId(), key);
        gatherNewKey(app);
        run.facts().key("new device key", key.publicKey());
        String why = blank ? "the private key is blank" : !verdict.usable() ? "the private key is unusable ("
                + verdict.reason() + ")" : "the public key slot does not hold the private key's half";
        return StepResult.done(why + ": made a new RSA-1024 pair (" + fingerprint(key.publicKey()) + "), kept until"
                + " the handshake is confirmed");
    }

    private static boolean publicSlotMatches(AppDct app, RsaPublicKey presented) {
        byte[] slot = app.slot(app.layout().field(PUBLIC));
        try {
            return RsaKeys.parsePublicDer(slot).equals(presented);
        } catch (KeyFormatException e) {
            return false;
        }
    }

    private StepResult register() throws CloudException {
        run.cloud().registerKey(run.deviceId(), key.publicKey(), productId);
        registered = true;
        run.facts().key("registered", key.publicKey());
        return StepResult.done("the cloud at " + setting.cloud().baseUrl() + " now holds public key "
                + fingerprint(key.publicKey()));
    }

    /** The new key into the run's next write; it is written only after it is registered ({@link #guarded}). */
    private void gatherNewKey(AppDct app) throws InvalidValueException {
        run.gather(new AppDct(DctWriter.applyEdits(app.bytes(), EDITS.devicePrivateKey(key))), "the new key");
    }

    /**
     * The write that puts the new key on the device: never before the cloud holds it; a stop before the write
     * begins gives the cloud the old key back; a failure keeps the new key for {@code --resume}.
     */
    SafeDctWrite.Outcome guarded(DeviceRun.Write write) throws Exception {
        if (!keyIsNew) {
            return write.run();
        }
        if (!registered) {
            throw new IOException("The new key is not registered with the cloud, so it was not written; nothing was"
                    + " written.");
        }
        try {
            return write.run();
        } catch (CancelledException e) {
            throw new CancelledException(e.getMessage() + " " + giveUp());
        } catch (IOException e) {
            // The hint first: a step's record keeps only its first 200 characters.
            throw new IOException("The new key is kept: run reclaim recover --resume to finish. " + e.getMessage(),
                    e);
        }
    }

    /** The user gave up before the device got the new key: the cloud gets the old one back. */
    private String giveUp() {
        if (!registered) {
            return "Nothing was registered or written.";
        }
        if (oldKey == null) {
            return "The device's old key was not usable, so there is nothing to register again; the new key is"
                    + " kept for reclaim recover --resume.";
        }
        try {
            run.cloud().registerKey(run.deviceId(), oldKey, Optional.empty());
            run.facts().key("registered again (given up)", oldKey);
            setting.pendingKeys().release(run.deviceId());
            return "The device's old public key (" + fingerprint(oldKey) + ") was registered again: it is as before.";
        } catch (CloudException | IOException e) {
            return "Registering the old public key again failed (" + e.getMessage() + "); the new key is kept for"
                    + " reclaim recover --resume.";
        }
    }

    private StepResult check() throws IOException {
        // The write's verified read-back; nothing written: the backup (agreed read, target held since).
        AppDct booted = keyIsNew ? DeviceRun.bootedBy(run.dctNow()) : run.currentApp();
        DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(booted.slot(booted.layout().field(PRIVATE)));
        if (!verdict.usable() || !verdict.presented().equals(key.publicKey())) {
            throw new IOException("The device's DCT does not hold the registered key as the firmware reads it ("
                    + (verdict.usable() ? "another key" : verdict.reason()) + "); run reclaim recover --resume.");
        }
        if (!publicSlotMatches(booted, key.publicKey())) {
            throw new IOException("The device's public key slot does not hold the private key's half; run"
                    + " reclaim recover --resume.");
        }
        return StepResult.done("the firmware reads the private key " + fingerprint(key.publicKey())
                + " and the public key slot pairs with it");
    }

    private static String fingerprint(RsaPublicKey key) {
        return "fingerprint " + key.fingerprint().substring(0, 16) + "…";
    }
}

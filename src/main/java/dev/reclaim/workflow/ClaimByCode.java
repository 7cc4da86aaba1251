package dev.reclaim.workflow;

import dev.reclaim.cloud.ClaimCode;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.workflow.wizard.StepContext;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A station's claim by code, on a run another wizard shares, the way {@link ClaimCycle} claims by code: a fresh code
 * per device from the cloud ({@code POST /v1/device_claims}, or the product's), gathered with {@code claimed} cleared
 * into the run's one safe write and checked in its read-back; after the reset the firmware sends it following its handshake, and the claim is confirmed
 * by asking the cloud who owns the device. A code is used up by the first device that sends it, which is why a
 * recipe names no fixed code.
 */
final class ClaimByCode {
    private final DeviceRun run;
    private final Optional<Integer> productId;
    private final Duration deadline;
    private ClaimCode code;
    private boolean ownedBefore;

    ClaimByCode(DeviceRun run, Optional<Integer> productId, Duration deadline) {
        this.run = run;
        this.productId = productId;
        this.deadline = deadline;
    }

    /** Before the run's one write: get a code and gather it (with {@code claimed} cleared) for the write. */
    WizardStep createStep() {
        return run.step("Get a claim code", "Ask the cloud for a claim code for this account"
                + productId.map(p -> " in product " + p).orElse("") + ", for the DCT write.", true,
                "claim_code_failed", ctx -> create());
    }

    /** After the run's write: the firmware will read the code and send it. */
    WizardStep checkStep() {
        return run.step("Check the claim code", "In the DCT as the write read it back, the firmware must read the"
                + " code with claimed cleared.", true, "verify_failed", ctx -> check());
    }

    /** After the witness: the cloud says this account owns the device. */
    WizardStep confirmStep() {
        return run.step("Confirm the claim", "Ask the cloud until this account owns the device (the firmware sends"
                + " the code after its handshake).", true, "claim_timed_out", this::confirm);
    }

    private ClaimWatch watch() throws CloudException {
        return new ClaimWatch(run.cloud(), run.deviceId(), productId);
    }

    private StepResult create() throws CloudException, IOException {
        ownedBefore = watch().owned().isPresent();
        code = run.cloud().createClaimCode(productId);
        try {
            run.gather(ClaimWatch.withClaimCode(run.currentApp(), code.code()), "the claim code");
        } catch (InvalidValueException e) {
            throw new IOException(e.getMessage() + " Nothing was written.", e);
        }
        return StepResult.done("a " + code.code().length() + "-character code for this account"
                + (ownedBefore ? " (the account owns the device already)" : ""));
    }

    private StepResult check() throws IOException, InvalidValueException {
        AppDct booted = DeviceRun.bootedBy(run.dctNow());
        // Writing the code again would change nothing: the firmware reads this code, and claimed is cleared.
        if (!Arrays.equals(ClaimWatch.withClaimCode(booted, code.code()).bytes(), booted.bytes())) {
            throw new IOException("The device's DCT does not hold the claim code with claimed cleared as the"
                    + " firmware reads it; run the station on this device again.");
        }
        return StepResult.done("the firmware reads the " + code.code().length() + "-character code, claimed"
                + " cleared");
    }

    private StepResult confirm(StepContext ctx) throws Exception {
        if (ownedBefore) {
            return StepResult.skipped("this account owned the device before the run; the firmware clears the code"
                    + " once the cloud acknowledges it");
        }
        double seconds = watch().awaitOwned(deadline, ctx);
        return StepResult.done(String.format(Locale.ROOT, "this account owns the device (cloud lookup, %.1f s)",
                seconds));
    }
}

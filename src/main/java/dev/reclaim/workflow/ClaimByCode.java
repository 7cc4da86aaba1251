package dev.reclaim.workflow;

import dev.reclaim.cloud.ClaimCode;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.workflow.wizard.StepContext;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A station's claim by code, on a run another wizard shares, the way {@link ClaimCycle} claims by code: a fresh code
 * per device from the cloud ({@code POST /v1/device_claims}, or the product's), written with {@code claimed} cleared
 * by the run's safe write; after the reset the firmware sends it following its handshake, and the claim is confirmed
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

    /** Before the reset: get a code and write it. */
    List<WizardStep> writeSteps() {
        return List.of(
                run.step("Get a claim code", "Ask the cloud for a claim code for this account"
                        + productId.map(p -> " in product " + p).orElse("") + ".", true, "claim_code_failed",
                        ctx -> create()),
                // The last DCT write of a recipe: SafeDctWrite reads every step back, and nothing is planned after it.
                run.step("Write the claim code", "Write claim_code with claimed cleared, with the safe DCT write;"
                        + " the firmware sends the code after its next handshake.", true, "write_failed",
                        ctx -> write(ctx)));
    }

    /** After the witness: the cloud says this account owns the device. */
    WizardStep confirmStep() {
        return run.step("Confirm the claim", "Ask the cloud until this account owns the device (the firmware sends"
                + " the code after its handshake).", true, "claim_timed_out", this::confirm);
    }

    private ClaimWatch watch() throws CloudException {
        return new ClaimWatch(run.cloud(), run.deviceId(), productId);
    }

    private StepResult create() throws CloudException {
        ownedBefore = watch().owned().isPresent();
        code = run.cloud().createClaimCode(productId);
        return StepResult.done("a " + code.code().length() + "-character code for this account"
                + (ownedBefore ? " (the account owns the device already)" : ""));
    }

    private StepResult write(StepContext ctx) throws Exception {
        try {
            return StepResult.done(run.write(ClaimWatch.withClaimCode(run.currentApp(), code.code()), ctx.progress(),
                    ctx.cancellation()).summary("the claim code"));
        } catch (InvalidValueException e) {
            throw new IOException(e.getMessage() + " Nothing was written.", e);
        }
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

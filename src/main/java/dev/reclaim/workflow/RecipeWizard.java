package dev.reclaim.workflow;

import dev.reclaim.finding.WizardId;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A station's recipe as one device wizard: identify, claim the device for the station, back up, then the own steps
 * of the workflows the recipe names ({@link JoinProduct}, {@link RecoverKeys}, {@link SetServer}, {@link ClaimByCode})
 * on one shared run — each gathers its DCT change, the key is registered, one safe write puts them all on the device,
 * each checks its change in the write's read-back —, one reset and one witnessed handshake. It adds no device logic:
 * every step is the workflows' own (the write is the run's), so one handshake proves them all.
 */
public final class RecipeWizard implements DeviceWizard {
    /** The title of the step that waits for the handshake; from it on the device needs no probe. */
    public static final String WITNESS_STEP = DeviceRun.WITNESS_STEP;

    /** The parts of a recipe beyond identify, back up, reset and witness, in the order they run. */
    public enum Part {
        /** Add the device to the plan's product in the cloud. */
        PRODUCT,
        /** Check the device key, or make a new one, register it (with the plan's product), write it. */
        KEYS,
        /** Point the device at the plan's server. */
        SERVER,
        /** Write a fresh claim code from the cloud. */
        CLAIM_CODE,
        /** Wait for the handshake after the reset (always there). */
        WITNESS,
        /** After the witness, ask the cloud until this account owns the device. */
        CLAIM;

        /**
         * The parts whose failure may let the run go on: each leaves nothing half-done that a later step builds on
         * (a cloud call that changed nothing, or a wait). A failed registration, backup or DCT write always stops
         * the device: a key must be registered before it is written, and nothing is written without a backup or
         * planned against a DCT a failed write left unknown.
         */
        public static final Set<Part> MAY_CONTINUE = EnumSet.of(PRODUCT, WITNESS, CLAIM);
    }

    /**
     * What a recipe asks of each device.
     *
     * @param name       the recipe's name, the wizard's title
     * @param parts      what is done ({@link Part#WITNESS} is always done)
     * @param continuing the parts whose failure is recorded without stopping the device (it still fails); only
     *                   {@link Part#MAY_CONTINUE}
     * @param productId  the product the device is added to, its key registered in and its claim code made for
     * @param server     the server to point the device at ({@link SetServer}); present exactly with
     *                   {@link Part#SERVER}
     */
    public record Plan(String name, Set<Part> parts, Set<Part> continuing, Optional<Integer> productId,
                       Optional<SetServer.Server> server) {
        public Plan {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(server, "server");
            parts = parts.isEmpty() ? EnumSet.of(Part.WITNESS) : EnumSet.copyOf(parts);
            parts.add(Part.WITNESS);
            continuing = continuing.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(continuing);
            if (!Part.MAY_CONTINUE.containsAll(continuing)) {
                throw new IllegalArgumentException("only " + Part.MAY_CONTINUE + " may continue on failure, not "
                        + continuing);
            }
            if (parts.contains(Part.SERVER) != server.isPresent()) {
                throw new IllegalArgumentException("a server part needs its server, and a server its part");
            }
            if (parts.contains(Part.PRODUCT) && productId.isEmpty()) {
                throw new IllegalArgumentException("the product part needs the product's id");
            }
            if (parts.contains(Part.CLAIM) && !parts.contains(Part.CLAIM_CODE)) {
                throw new IllegalArgumentException("a claim is confirmed only after a claim code was written");
            }
            parts = Collections.unmodifiableSet(parts);
            continuing = Collections.unmodifiableSet(continuing);
        }

        public boolean has(Part part) {
            return parts.contains(part);
        }
    }

    /** Claims a device for this station once its ID is known; closing the claim releases it. */
    @FunctionalInterface
    public interface Claimer {
        AutoCloseable claim(String deviceId) throws Exception;
    }

    private final DeviceRun run;
    private final Optional<RecoverKeys> keys;
    private final Wizard wizard;
    private AutoCloseable claim;

    public RecipeWizard(DeviceWizardSetting setting, Plan plan, Claimer claimer) {
        this.run = new DeviceRun(setting);
        run.inProduct(plan.productId());
        this.keys = plan.has(Part.KEYS) ? Optional.of(new RecoverKeys(setting, false, run, plan.productId()))
                : Optional.empty();
        Optional<ClaimByCode> claimByCode = plan.has(Part.CLAIM_CODE)
                ? Optional.of(new ClaimByCode(run, plan.productId(), setting.witnessDeadline())) : Optional.empty();
        List<WizardStep> steps = new ArrayList<>(List.of(run.identify(),
                run.step("Claim the device", "Hold the device ID in the journal so that no other station works on"
                        + " it at the same time.", true, "device_busy", ctx -> {
                            claim = claimer.claim(run.deviceId());
                            return StepResult.done("claimed " + run.deviceId() + " for this station");
                        }),
                run.backUp("before recipe " + plan.name())));
        if (plan.has(Part.PRODUCT)) {
            steps.add(policy(plan, Part.PRODUCT, JoinProduct.step(run, plan.productId().orElseThrow())));
        }
        // Every change is gathered first and written once (one erase and program of the DCT sector, not one per
        // workflow); the key is registered last before that write, so no safe point lies between the two.
        Optional<SetServer> server = plan.server().map(s -> new SetServer(run, s));
        keys.ifPresent(k -> steps.add(k.chooseStep()));
        server.ifPresent(s -> steps.add(s.prepareStep()));
        claimByCode.ifPresent(c -> steps.add(c.createStep()));
        keys.ifPresent(k -> steps.add(k.registerStep()));
        DeviceRun.WriteGuard guard = keys.<DeviceRun.WriteGuard>map(k -> k::guarded).orElse(DeviceRun.WriteGuard.NONE);
        steps.add(run.step("Write the DCT", "Write every change of the recipe with one safe DCT write: back up,"
                + " program, read back.", true, "write_failed",
                ctx -> run.writeGathered(ctx, "the DCT holds everything the recipe writes already", guard)));
        keys.ifPresent(k -> steps.add(k.checkStep()));
        server.ifPresent(s -> steps.add(s.checkStep()));
        claimByCode.ifPresent(c -> steps.add(c.checkStep()));
        steps.add(run.reset());
        steps.add(policy(plan, Part.WITNESS, run.awaitHandshake()));
        if (plan.has(Part.CLAIM)) {
            steps.add(policy(plan, Part.CLAIM, claimByCode.orElseThrow().confirmStep()));
        }
        this.wizard = new Wizard(plan.has(Part.KEYS) ? WizardId.RECOVER_KEYS : WizardId.SET_SERVER,
                "Recipe " + plan.name(), steps);
    }

    /** The step as the plan's failure policy wants it. */
    private static WizardStep policy(Plan plan, Part part, WizardStep step) {
        return plan.continuing().contains(part) ? step.continuingOnFailure() : step;
    }

    /** The device ID once the device is identified; empty before. */
    public String deviceId() {
        return run.deviceId();
    }

    @Override
    public Wizard wizard() {
        return wizard;
    }

    @Override
    public WizardOutcome run(Cancellation cancellation, WizardListener listener) throws JournalException {
        try {
            return run.run(wizard, cancellation, listener, () -> {
                if (keys.isPresent()) {
                    keys.get().afterCompleted();
                }
            });
        } finally {
            release();
        }
    }

    private void release() throws JournalException {
        if (claim == null) {
            return;
        }
        try {
            claim.close();
        } catch (JournalException e) {
            throw e;
        } catch (Exception e) {
            throw new JournalException("The claim on device " + run.deviceId() + " could not be released: "
                    + e.getMessage(), e);
        }
    }
}

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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A station's recipe as one device wizard: identify, claim the device for the station, back up, then the own steps
 * of the workflows the recipe names ({@link RecoverKeys}, then {@link SetServer}) on one shared run, one reset and one
 * witnessed handshake. It adds no device logic: every step is the workflows' own, so one handshake proves them all.
 */
public final class RecipeWizard implements DeviceWizard {
    /**
     * What a recipe asks of each device.
     *
     * @param name      the recipe's name, the wizard's title
     * @param keys      check the device key, or make a new one, and register it ({@link RecoverKeys})
     * @param productId the product the key is registered in
     * @param server    the server to point the device at ({@link SetServer})
     */
    public record Plan(String name, boolean keys, Optional<Integer> productId, Optional<SetServer.Server> server) {
        public Plan {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(server, "server");
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
        this.keys = plan.keys() ? Optional.of(new RecoverKeys(setting, false, run, plan.productId()))
                : Optional.empty();
        List<WizardStep> steps = new ArrayList<>(List.of(run.identify(),
                run.step("Claim the device", "Hold the device ID in the journal so that no other station works on"
                        + " it at the same time.", true, "device_busy", ctx -> {
                            claim = claimer.claim(run.deviceId());
                            return StepResult.done("claimed " + run.deviceId() + " for this station");
                        }),
                run.backUp("before recipe " + plan.name())));
        keys.ifPresent(k -> steps.addAll(k.ownSteps()));
        plan.server().ifPresent(s -> steps.addAll(new SetServer(run, s).ownSteps()));
        steps.add(run.reset());
        steps.add(run.awaitHandshake());
        this.wizard = new Wizard(plan.keys() ? WizardId.RECOVER_KEYS : WizardId.SET_SERVER,
                "Recipe " + plan.name(), steps);
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

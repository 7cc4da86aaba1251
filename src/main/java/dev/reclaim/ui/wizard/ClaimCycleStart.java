package dev.reclaim.ui.wizard;

import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.ClaimCycle;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/** Claim cycle's start page: how many cycles, and by device ID through the API or by a claim code the device sends. */
public final class ClaimCycleStart {
    /** How long a claim-code cycle waits for the device to connect and send its code (as the CLI's --wait). */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 3);
    private final BooleanProperty byClaimCode = new SimpleBooleanProperty(this, "byClaimCode");
    private final ObservableValue<Boolean> ready = count.map(n -> n.intValue() >= 1);

    public IntegerProperty countProperty() {
        return count;
    }

    public BooleanProperty byClaimCodeProperty() {
        return byClaimCode;
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    WizardJob job(WizardSetup setup, CloudAccess.Resolver cloud) {
        int cycles = count.get();
        ClaimCycle.Method method = byClaimCode.get() ? ClaimCycle.Method.BY_CLAIM_CODE : ClaimCycle.Method.BY_ID;
        return new WizardJob() {
            private ClaimCycle workflow;

            @Override
            public List<WizardStep> prepare() throws Exception {
                workflow = new ClaimCycle(setup.device(), ParticleCloud.of(cloud.settings(setup.device())), method,
                        cycles, WAIT, setup.backups(), setup.journal());
                List<WizardStep> steps = new ArrayList<>(workflow.preparation().steps());
                for (int n = 1; n <= cycles; n++) {
                    steps.addAll(workflow.cycle(n).steps());
                }
                steps.addAll(workflow.finish().steps());
                return steps;
            }

            @Override
            public boolean writesDevice() {
                return method == ClaimCycle.Method.BY_CLAIM_CODE; // the claim code is written to the DCT
            }

            @Override
            public Finished run(Cancellation cancellation, WizardListener listener) throws Exception {
                ClaimCycle.Result r = workflow.run(cancellation, listener);
                long claimed = r.cycles().stream().filter(ClaimCycle.CycleReport::claimed).count();
                StringBuilder per = new StringBuilder();
                r.cycles().forEach(c -> per.append(String.format(Locale.ROOT, " #%d %s %.1f s;", c.number(),
                        c.outcome(), c.duration().toMillis() / 1000.0)));
                return new Finished(r.run(), claimed + " of " + cycles + " cycles claimed (" + method.id() + "):"
                        + per + (r.journalEntry() > 0 ? " Journal entry #" + r.journalEntry() + "." : ""));
            }
        };
    }
}

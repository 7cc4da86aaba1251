package dev.reclaim.ui.wizard;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.DeviceWizard;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.util.List;

/** Recover keys or Set server on the workstation's device: built once its cloud is known, run, journaled by itself. */
final class DeviceWizardJob implements WizardJob {
    /** Builds the workflow for a setting (off the FX thread: a key file may be read). */
    @FunctionalInterface
    interface Build {
        DeviceWizard with(DeviceWizardSetting setting) throws Exception;
    }

    private final WizardSetup setup;
    private final CloudAccess.Resolver cloud;
    private final Build build;
    private DeviceWizard workflow;

    DeviceWizardJob(WizardSetup setup, CloudAccess.Resolver cloud, Build build) {
        this.setup = setup;
        this.cloud = cloud;
        this.build = build;
    }

    @Override
    public List<WizardStep> prepare() throws Exception {
        workflow = build.with(setup.setting(cloud.settings(setup.device())));
        return workflow.wizard().steps();
    }

    @Override
    public boolean writesDevice() {
        return true;
    }

    @Override
    public Finished run(Cancellation cancellation, WizardListener listener) throws Exception {
        WizardOutcome end = workflow.run(cancellation, listener);
        String journal = end.journalEntry() > 0 ? " Journal entry #" + end.journalEntry() + "." : "";
        String summary = end.completed() ? "Handshake completed: " + end.witness() + "." + journal
                : "Not completed (" + end.outcome() + "). " + WizardSummary.of(end.record()) + journal;
        return new Finished(end.record(), summary);
    }
}

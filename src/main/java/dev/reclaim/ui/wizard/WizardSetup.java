package dev.reclaim.ui.wizard;

import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.log.AttemptFeed;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.Journals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What every wizard of the workstation works with: the device open in the window, the backups, the keys kept
 * between registering and writing, and the journal, all under Reclaim's home.
 *
 * @param home    Reclaim's home ({@code ~/.reclaim} or {@code RECLAIM_HOME}): journal.db and pending keys
 * @param logFeed the attempts the window's log view sees in this device's log, when it is following it
 */
public record WizardSetup(DeviceSession device, BackupStore backups, Path home, Optional<AttemptFeed> logFeed) {
    private static final Duration CLOUD_INTERVAL = Duration.ofSeconds(1);

    public RunJournal journal() {
        return new RunJournal(() -> Journals.open(Optional.empty(), home));
    }

    /**
     * The setting of Recover keys and Set server. The witnesses are the cloud and, when the window's log view is
     * following the device's log, that view's attempts: the log is not opened a second time (a second reader would
     * take lines from the first).
     */
    DeviceWizardSetting setting(CloudSettings cloud) {
        return new DeviceWizardSetting(device, cloud, Optional.empty(), logFeed, DeviceWizardSetting.WITNESS_DEADLINE,
                CLOUD_INTERVAL, backups, new PendingKeys(home), journal());
    }
}

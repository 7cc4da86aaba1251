package dev.reclaim.workflow;

import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.log.AttemptFeed;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.workflow.device.DeviceSession;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a device wizard ({@link RecoverKeys}, {@link SetServer}) runs and what it may use.
 *
 * @param device          the open session
 * @param cloud           the cloud the device connects to ({@link DeviceSession#cloud})
 * @param log             the device's log for the witness, if Reclaim can hear it
 * @param logFeed         the attempts of a reader that already has the device's log (the workstation's log view),
 *                        used by the witness instead of opening the log a second time
 * @param witnessDeadline how long after the reset a handshake may take
 * @param cloudInterval   how often the cloud is asked while waiting
 */
public record DeviceWizardSetting(DeviceSession device, CloudSettings cloud, Optional<LogSource> log,
                                  Optional<AttemptFeed> logFeed, Duration witnessDeadline, Duration cloudInterval, BackupStore backups,
                                  PendingKeys pendingKeys, RunJournal journal) {
    /** A real device's first attempt can wait for Wi-Fi; the simulator's comes 5.3 s after boot. */
    public static final Duration WITNESS_DEADLINE = Duration.ofSeconds(90);
    private static final Duration CLOUD_INTERVAL = Duration.ofSeconds(1);

    /**
     * The stores under Reclaim's home and the journal {@code reclaim journal list} reads.
     *
     * @param logPort the device's log port when the user named one ({@code --log PORT}); else the session's own
     *                log (the simulator's log UART), if it has one
     */
    public static DeviceWizardSetting standard(DeviceSession device, CloudSettings cloud,
                                               Optional<LogSource> logPort) {
        Optional<LogSource> log = logPort.isPresent() ? logPort
                : device.logSource(new SerialLogSource.PortListener() { });
        return new DeviceWizardSetting(device, cloud, log, Optional.empty(), WITNESS_DEADLINE, CLOUD_INTERVAL, BackupStore.standard(),
                PendingKeys.standard(), RunJournal.standard());
    }

    public DeviceWizardSetting withWitnessDeadline(Duration deadline) {
        return new DeviceWizardSetting(device, cloud, log, logFeed, deadline, cloudInterval, backups, pendingKeys, journal);
    }
}

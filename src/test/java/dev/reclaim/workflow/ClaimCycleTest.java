package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a claim cycle between steps leaves the device as it was found: this account's. */
class ClaimCycleTest {
    @TempDir
    Path home;

    @Test
    void cancelledAfterAnUnclaimTheDeviceIsClaimedBackAndTheRunIsJournaled() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:healthy"),
                DeviceOptions.commandLine(BootloaderPortSettings.of(115200, false, Optional.empty())))) {
            ParticleCloud cloud = ParticleCloud.of(device.cloud(Optional.empty()));
            Cancellation cancellation = new Cancellation();
            ClaimCycle cycles = new ClaimCycle(device, cloud, ClaimCycle.Method.BY_ID, 3, Duration.ofSeconds(5),
                    new BackupStore(home, Clock.systemUTC()), new RunJournal(() -> SqliteJournal.in(home)));
            ClaimCycle.Result result = cycles.run(cancellation, new WizardListener() {
                @Override
                public void stepFinished(StepRecord record) {
                    if (record.title().equals("Cycle 2: unclaim")) {
                        cancellation.cancel(); // the device is unclaimed right now
                    }
                }
            });
            assertThat(result.cycles()).extracting(ClaimCycle.CycleReport::outcome)
                    .containsExactly("claimed", "cancelled");
            assertThat(result.allClaimed(3)).isFalse();
            StepRecord last = result.run().steps().get(result.run().steps().size() - 1);
            assertThat(last.title()).isEqualTo("Leave the device as found");
            assertThat(last.outcome()).isEqualTo(StepOutcome.OK);
            assertThat(cloud.lookup(result.deviceId(), Optional.empty()).owner()).isPresent();
            try (SqliteJournal journal = SqliteJournal.in(home)) {
                assertThat(journal.list(Optional.empty()).get(0).outcome()).isEqualTo("cancelled");
            }
        }
    }
}

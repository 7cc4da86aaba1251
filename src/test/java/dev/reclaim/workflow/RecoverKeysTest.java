package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.flash.Stm32F2;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recover-keys workflow end to end on the simulated P1 and its cloud over real HTTP. */
class RecoverKeysTest {
    static final DeviceOptions INSTANT =
            new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults());

    @TempDir
    Path home;

    static DeviceWizardSetting setting(DeviceSession device, Path home) throws Exception {
        return new DeviceWizardSetting(device, device.cloud(Optional.empty()),
                device.logSource(new dev.reclaim.log.SerialLogSource.PortListener() { }), Duration.ofSeconds(30),
                Duration.ofMillis(200), new BackupStore(home, java.time.Clock.systemUTC()), new PendingKeys(home),
                new RunJournal(() -> SqliteJournal.in(home)));
    }

    /** The device's key is usable, only the cloud does not know it: it is registered, the DCT is not touched. */
    @Test
    void keysRejectedIsRecoveredByRegisteringItsKeyAndBothWitnessesSeeTheHandshake() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"), INSTANT)) {
            byte[] before = ReadDct.read(device, dev.reclaim.progress.ProgressListener.NONE).dct();
            WizardOutcome outcome = new RecoverKeys(setting(device, home), false)
                    .run(Cancellation.none(), WizardListener.NONE);

            System.out.println(describe(outcome.record().steps()));
            assertThat(outcome.outcome()).as(describe(outcome.record().steps())).isEqualTo("handshake_completed");
            assertThat(outcome.record().steps().get(4).outcome()).isEqualTo(StepOutcome.SKIPPED);
            assertThat(ReadDct.read(device, dev.reclaim.progress.ProgressListener.NONE).dct()).isEqualTo(before);
            assertThat(outcome.witness()).contains("the device's log and the cloud");
            JournalEntry entry;
            try (SqliteJournal journal = SqliteJournal.in(home)) {
                entry = journal.list(Optional.empty()).get(0);
            }
            assertThat(entry.id()).isEqualTo(outcome.journalEntry());
            assertThat(entry.outcome()).isEqualTo("handshake_completed");
            assertThat(entry.keys()).extracting(JournalEntry.KeyFingerprint::role)
                    .containsExactly("device key as found", "registered");
            assertThat(entry.keys().get(0).fingerprint()).isEqualTo(entry.keys().get(1).fingerprint());
            assertThat(entry.backups()).hasSize(1);
            assertThat(home.resolve(PendingKeys.FOLDER)).as("nothing was kept").doesNotExist();
        }
    }

    static String describe(List<StepRecord> steps) {
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append(s.number()).append(' ').append(s.title()).append(": ").append(s.outcome())
                .append(' ').append(s.duration().toMillis()).append(" ms — ").append(s.detail()).append('\n'));
        return b.toString();
    }
}

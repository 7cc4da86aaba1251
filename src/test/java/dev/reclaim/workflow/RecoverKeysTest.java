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
                device.logSource(new dev.reclaim.log.SerialLogSource.PortListener() { }), Optional.empty(),
                Duration.ofSeconds(30),
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

    /**
     * A stop request as each step starts: the run stops at the next safe point, and the device boots a DCT whose key
     * the firmware can use — untouched when the stop came before the write (the old key registered again once the
     * new one was), the new key otherwise.
     */
    @Test
    void cancellingAtEveryStepLeavesADeviceThatBoots() throws Exception {
        for (int k = 1; k <= 8; k++) {
            int stopAt = k;
            try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"), INSTANT)) {
                byte[] before = withMismatchedPublicKeySlot(device);
                Cancellation cancellation = new Cancellation();
                WizardOutcome outcome = new RecoverKeys(setting(device, home.resolve("run" + k)), false)
                        .run(cancellation, new WizardListener() {
                            @Override
                            public void stepStarted(int number, dev.reclaim.workflow.wizard.WizardStep step) {
                                if (number == stopAt) {
                                    cancellation.cancel();
                                }
                            }
                        });

                String steps = "stop at " + k + "\n" + describe(outcome.record().steps());
                assertThat(outcome.outcome()).as(steps).isEqualTo("cancelled");
                dev.reclaim.dct.DctImage after = dev.reclaim.dct.DctImage.ofTwoSectors(
                        ReadDct.read(device, dev.reclaim.progress.ProgressListener.NONE).dct());
                for (dev.reclaim.dct.DctGeneration rule : dev.reclaim.dct.DctGeneration.values()) {
                    dev.reclaim.dct.AppDct app = after.currentAppDct(rule).orElseThrow();
                    assertThat(dev.reclaim.keys.DeviceKeyVerdict.judge(app.slot(app.layout()
                            .field("device_private_key"))).usable()).as(steps).isTrue();
                }
                boolean written = outcome.record().steps().get(4).outcome() == StepOutcome.OK;
                if (!written) {
                    assertThat(after.bytes()).as(steps).isEqualTo(before);
                }
            }
        }
    }

    /** Blanks the public key slot (through the safe write), so recovery must make a new pair; returns the DCT. */
    static byte[] withMismatchedPublicKeySlot(DeviceSession device) throws Exception {
        byte[] dct = ReadDct.read(device, dev.reclaim.progress.ProgressListener.NONE).dct();
        dev.reclaim.dct.AppDct app = DctToWrite.from(dev.reclaim.dct.DctImage.ofTwoSectors(dct), "dct");
        dev.reclaim.dct.AppDct edited = new dev.reclaim.dct.AppDct(dev.reclaim.dct.write.DctWriter.applyEdits(
                app.bytes(), List.of(dev.reclaim.dct.write.DctEdits.photonP1().blank("device_public_key"))));
        WriteDct.write(device, edited, List.of(), WriteApproval.REFUSE, new BackupStore(Files.createTempDirectory(
                "backup"), java.time.Clock.systemUTC()), dev.reclaim.progress.ProgressListener.NONE,
                Cancellation.none());
        return ReadDct.read(device, dev.reclaim.progress.ProgressListener.NONE).dct();
    }

    static String describe(List<StepRecord> steps) {
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append(s.number()).append(' ').append(s.title()).append(": ").append(s.outcome())
                .append(' ').append(s.duration().toMillis()).append(" ms — ").append(s.detail()).append('\n'));
        return b.toString();
    }
}

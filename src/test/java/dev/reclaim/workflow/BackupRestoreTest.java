package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup onto the simulated P1, through its bootloader and through its simulated ST-Link. */
class BackupRestoreTest {
    @TempDir
    Path home;

    private RunJournal journal() {
        return new RunJournal(() -> SqliteJournal.in(home));
    }

    private static DeviceSession open(String spec) throws Exception {
        return DeviceSession.open(DeviceKinds.parse(spec),
                DeviceOptions.commandLine(BootloaderPortSettings.of(115200, false, Optional.empty())));
    }

    private static AppDct currentApp(byte[] dct) {
        return DctImage.ofTwoSectors(dct).currentAppDct(DctGeneration.VERSIONED).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim:healthy", "sim-stlink:healthy"})
    void aChangedFieldIsPutBackAndTheDeviceDctEqualsTheBackup(String spec) throws Exception {
        BackupStore store = new BackupStore(home, Clock.systemUTC());
        try (DeviceSession device = open(spec)) {
            ReadDct.Result original = ReadDct.read(device, ProgressListener.NONE);
            String id = original.identity().deviceId().orElseThrow();
            store.save(id, original.dct(), "by hand, for the test");
            BackupStore.Backup backup = store.list(Optional.of(id)).get(0);

            byte[] changed = DctWriter.plan(original.dct(), List.of(DctEdits.photonP1()
                    .serverAddress(ServerAddress.parse("10.0.0.9:5683")))).apply(original.dct());
            WriteDct.write(device, currentApp(changed), List.of(), WriteApproval.REFUSE, store,
                    ProgressListener.NONE, Cancellation.none());
            assertThat(currentApp(ReadDct.read(device, ProgressListener.NONE).dct()))
                    .isNotEqualTo(currentApp(original.dct()));

            List<StepRecord> seen = new ArrayList<>();
            BackupRestore.Result result = new BackupRestore(device, store, backup, WriteApproval.REFUSE, journal())
                    .run(Cancellation.none(), new WizardListener() {
                        @Override
                        public void stepFinished(StepRecord record) {
                            seen.add(record);
                        }
                    });

            assertThat(result.outcome()).as(result.run().steps().toString()).isEqualTo(BackupRestore.Outcome.RESTORED);
            assertThat(seen).extracting(StepRecord::outcome).containsOnly(StepOutcome.OK);
            byte[] after = ReadDct.read(device, ProgressListener.NONE).dct();
            assertThat(currentApp(after)).isEqualTo(currentApp(Files.readAllBytes(backup.file())));
            // the restore backed up the changed DCT first, and says why
            Path safety = result.safetyBackup().orElseThrow();
            assertThat(currentApp(Files.readAllBytes(safety))).isEqualTo(currentApp(changed));
            assertThat(store.list(Optional.of(id))).anyMatch(b -> b.file().equals(safety)
                    && b.why().equals("before restoring backup " + backup.id()));
            try (SqliteJournal journal = SqliteJournal.in(home)) {
                JournalEntry entry = journal.list(Optional.of(id)).get(0);
                assertThat(entry.id()).isEqualTo(result.journalEntry());
                assertThat(entry.wizard()).isEqualTo("backup-restore");
                assertThat(entry.outcome()).isEqualTo("restored");
                assertThat(entry.backups()).extracting(JournalEntry.BackupReference::path)
                        .containsExactly(backup.file(), safety);
                assertThat(entry.steps()).hasSize(5);
            }
        }
    }

    @Test
    void anotherDevicesBackupIsRefusedBeforeAnythingIsWrittenAndRestoredWhenApproved() throws Exception {
        BackupStore store = new BackupStore(home, Clock.systemUTC());
        BackupStore.Backup foreign;
        try (DeviceSession other = open("sim:keys-rejected")) {
            ReadDct.Result r = ReadDct.read(other, ProgressListener.NONE);
            Path file = store.save(r.identity().deviceId().orElseThrow(), r.dct(), "the other device");
            foreign = store.find(file.toString()).orElseThrow();
        }
        try (DeviceSession device = open("sim:healthy")) {
            byte[] before = ReadDct.read(device, ProgressListener.NONE).dct();
            List<List<String>> asked = new ArrayList<>();
            BackupRestore.Result refused = new BackupRestore(device, store, foreign, o -> {
                asked.add(o);
                return false;
            }, journal()).run(Cancellation.none(), WizardListener.NONE);
            assertThat(refused.outcome()).isEqualTo(BackupRestore.Outcome.REFUSED);
            assertThat(asked).hasSize(1);
            assertThat(refused.objections()).singleElement().asString().contains(foreign.deviceId());
            assertThat(refused.safetyBackup()).isEmpty();
            assertThat(ReadDct.read(device, ProgressListener.NONE).dct()).isEqualTo(before);

            BackupRestore.Result forced = new BackupRestore(device, store, foreign, WriteApproval.FORCE, journal())
                    .run(Cancellation.none(), WizardListener.NONE);
            assertThat(forced.outcome()).isEqualTo(BackupRestore.Outcome.RESTORED);
            assertThat(currentApp(ReadDct.read(device, ProgressListener.NONE).dct()))
                    .isEqualTo(currentApp(Files.readAllBytes(foreign.file())));
        }
    }

    @Test
    void aBackupChangedSinceItWasSavedIsNotWritten() throws Exception {
        BackupStore store = new BackupStore(home, Clock.systemUTC());
        try (DeviceSession device = open("sim:healthy")) {
            ReadDct.Result r = ReadDct.read(device, ProgressListener.NONE);
            Path file = store.save(r.identity().deviceId().orElseThrow(), r.dct(), "to be damaged");
            byte[] damaged = r.dct().clone();
            damaged[100] ^= 1;
            Files.write(file, damaged);
            BackupStore.Backup backup = store.find(file.toString()).orElseThrow();
            BackupRestore.Result result = new BackupRestore(device, store, backup, WriteApproval.FORCE, journal())
                    .run(Cancellation.none(), WizardListener.NONE);
            assertThat(result.outcome()).isEqualTo(BackupRestore.Outcome.FAILED);
            assertThat(result.run().steps().get(0).detail()).contains("changed since it was saved");
            assertThat(ReadDct.read(device, ProgressListener.NONE).dct()).isEqualTo(r.dct());
        }
    }

    @Test
    void cancelledBeforeTheWriteLeavesTheDctAsItWas() throws Exception {
        BackupStore store = new BackupStore(home, Clock.systemUTC());
        try (DeviceSession device = open("sim:healthy")) {
            ReadDct.Result r = ReadDct.read(device, ProgressListener.NONE);
            Path file = store.save(r.identity().deviceId().orElseThrow(), r.dct(), "for the test");
            BackupStore.Backup backup = store.find(file.toString()).orElseThrow();
            Cancellation cancellation = new Cancellation();
            BackupRestore.Result result = new BackupRestore(device, store, backup, WriteApproval.REFUSE, journal())
                    .run(cancellation, new WizardListener() {
                        @Override
                        public void stepFinished(StepRecord record) {
                            if (record.number() == 2) {
                                cancellation.cancel();
                            }
                        }
                    });
            assertThat(result.outcome()).isEqualTo(BackupRestore.Outcome.CANCELLED);
            assertThat(result.run().steps().get(2).outcome()).isEqualTo(StepOutcome.CANCELLED);
            assertThat(ReadDct.read(device, ProgressListener.NONE).dct()).isEqualTo(r.dct());
        }
    }
}

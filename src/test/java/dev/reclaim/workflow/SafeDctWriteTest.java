package dev.reclaim.workflow;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeDctWriteTest {
    private static WriteRig rig;

    @TempDir
    Path home;

    private SimulatedP1 device;

    @BeforeAll
    static void makeRig() throws Exception {
        rig = new WriteRig();
    }

    private GuardedFlashTarget connect() throws IOException {
        device = rig.freshDevice();
        ByteLink host = device.connectInProcess().bootloaderUart();
        device.powerOn(true);
        return WriteRig.open(host);
    }

    @AfterEach
    void stop() {
        if (device != null) {
            device.close();
        }
    }

    private SafeDctWrite workflow(GuardedFlashTarget target, ProgressListener progress, Cancellation cancel) {
        return new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), progress, cancel);
    }

    @Test
    void backsUpThenWritesTheNewCopyIntoTheOtherSectorAndRetiresTheOldOne() throws Exception {
        byte[] before = WriteRig.dct(rig.freshDevice());
        List<String> stages = new ArrayList<>();
        SafeDctWrite.Outcome outcome;
        try (GuardedFlashTarget target = connect()) {
            outcome = workflow(target, new ProgressListener() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public void stage(String description) {
                    stages.add(description);
                }
            }, Cancellation.none()).write(rig.newApp);
        }
        assertThat(outcome.changed()).isTrue();
        assertThat(outcome.plan().targetCopy()).isEqualTo(2);
        assertThat(Files.readAllBytes(outcome.backup())).isEqualTo(before);
        assertThat(outcome.backup()).startsWith(home.resolve("backups").resolve(outcome.deviceId()));
        DctImage after = DctImage.ofTwoSectors(WriteRig.dct(device));
        for (DctGeneration rule : DctGeneration.values()) {
            assertThat(after.select(rule).current()).as(rule.name()).isEqualTo(2);
            assertThat(after.currentAppDct(rule)).contains(rig.newApp);
        }
        assertThat(stages.get(0)).isEqualTo("Backing up the DCT");
        assertThat(stages.get(1)).startsWith("Step 1/").containsIgnoringCase("erase");
        assertThat(stages).last().isEqualTo("Verifying the DCT");
        for (int s = 0; s < 12; s++) {
            assertThat(device.chip().flash().eraseCount(s)).as("sector %d", s).isEqualTo(s == 2 ? 1 : 0);
        }
    }

    @Test
    void writingTheSameApplicationDctChangesNothingButStillKeepsABackup() throws Exception {
        try (GuardedFlashTarget target = connect()) {
            SafeDctWrite.Outcome outcome = workflow(target, ProgressListener.NONE, Cancellation.none())
                    .write(rig.oldApp);
            assertThat(outcome.changed()).isFalse();
            assertThat(Files.exists(outcome.backup())).isTrue();
        }
        assertThat(WriteRig.dct(device)).isEqualTo(WriteRig.dct(rig.freshDevice()));
    }

    @Test
    void aCancelledWriteStopsBeforeTheFirstFlashStepAndSaysTheDeviceIsUnchanged() throws Exception {
        Cancellation cancel = new Cancellation();
        try (GuardedFlashTarget target = connect()) {
            ProgressListener cancelDuringBackup = (done, total) -> cancel.cancel();
            assertThatThrownBy(() -> workflow(target, cancelDuringBackup, cancel).write(rig.newApp))
                    .isInstanceOf(CancelledException.class).hasMessageContaining("nothing was written");
        }
        assertThat(WriteRig.dct(device)).isEqualTo(WriteRig.dct(rig.freshDevice()));
        assertThat(device.chip().flash().eraseCount(2)).isZero();
    }

    @Test
    void aReadProtectedDeviceIsRefusedBeforeAnythingIsReadOrWritten() throws Exception {
        try (GuardedFlashTarget target = connect()) {
            device.chip().options().setRdp(0x55);
            assertThatThrownBy(() -> workflow(target, ProgressListener.NONE, Cancellation.none()).write(rig.newApp))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("read-protected");
        }
        assertThat(home.resolve("backups")).doesNotExist();
    }

    @Test
    void aStepThatDoesNotVerifyStopsTheWriteBeforeTheOldCopyIsTouched() throws Exception {
        try (GuardedFlashTarget real = connect()) {
            // An adapter that loses the header write: the bytes never reach the flash.
            FlashTarget lossy = new LosingTarget(real);
            GuardedFlashTarget target = GuardedFlashTarget.dctOnly(lossy);
            assertThatThrownBy(() -> workflow(target, ProgressListener.NONE, Cancellation.none()).write(rig.newApp))
                    .isInstanceOf(IOException.class).hasMessageContaining("did not take")
                    .hasMessageContaining("still the one the device uses").hasMessageContaining("backup");
        }
        DctImage after = DctImage.ofTwoSectors(WriteRig.dct(device));
        for (DctGeneration rule : DctGeneration.values()) {
            assertThat(after.currentAppDct(rule)).as(rule.name()).contains(rig.oldApp);
        }
    }
}

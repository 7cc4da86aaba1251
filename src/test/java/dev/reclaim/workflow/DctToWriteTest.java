package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.DctImage;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class DctToWriteTest {
    @Test
    void theCurrentCompleteCopyOfADevicesDctIsChosen() throws Exception {
        byte[] dct;
        try (DeviceSession sim = DeviceSession.open(DeviceKinds.parse("sim:healthy"),
                new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults()))) {
            dct = ReadDct.read(sim, ProgressListener.NONE).dct();
        }
        DctImage image = DctImage.ofTwoSectors(dct);

        assertThat(DctToWrite.from(image, "dct.bin").bytes())
                .isEqualTo(image.currentAppDct(dev.reclaim.dct.DctGeneration.VERSIONED).orElseThrow().bytes());
    }

    @Test
    void anImageWithNoValidCopyIsRefusedNamingTheImageAndTheReason() {
        DctImage blank = DctImage.ofTwoSectors(new byte[32768]);

        assertThatThrownBy(() -> DctToWrite.from(blank, "blank.bin")).isInstanceOf(DctToWrite.Unwritable.class)
                .hasMessageStartingWith("blank.bin holds no valid DCT copy to write (");
    }
}

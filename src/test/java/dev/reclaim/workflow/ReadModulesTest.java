package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.finding.Finding;
import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.firmware.ModuleSlot;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.RefusedException;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module headers read over the simulated P1's UART bootloader, as flash bytes and as modules. */
class ReadModulesTest {

    @Test
    void theHeaderBytesInFlashCarryTheReleasesModuleVersion() throws Exception {
        try (InProcessSimulator sim = SimulatedDevices.startInProcess("keys-rejected-1.5.2",
                SimulatorOptions.instant()); FlashTarget target = sim.openBootloader()) {
            // module_version is the u16 at +10 of module_info_t, 0x184 into system part 2 (little-endian)
            byte[] version = target.read(0x0806_0184L + 10, 2, ProgressListener.NONE);
            assertThat((version[0] & 0xFF) | (version[1] & 0xFF) << 8).isEqualTo(1512);
            assertThat(IdentifyDevice.identify(target).firmware().flatMap(InstalledFirmware::deviceOs))
                    .contains("1.5.2");
        }
    }

    @Test
    void anErasedUserPartIsNoModuleAndAnErasedSystemPartAnError() throws Exception {
        try (InProcessSimulator sim = SimulatedDevices.startInProcess("keys-rejected", SimulatorOptions.instant())) {
            sim.device().chip().flash().erase(9);
            try (FlashTarget target = sim.openBootloader()) {
                InstalledFirmware fw = ReadModules.read(target);
                assertThat(fw.module(ModuleSlot.USER_PART)).isEmpty();
                assertThat(fw.deviceOs()).contains("0.6.3");
                assertThat(fw.findings()).isEmpty();
            }
            sim.device().chip().flash().erase(5);
            try (FlashTarget target = sim.openBootloader()) {
                List<String> ids = ReadModules.read(target).findings().stream().map(Finding::id).toList();
                assertThat(ids).containsExactly("system_part_missing");
            }
        }
    }

    @Test
    void theModuleAreasAreReadButNeverWritten() throws Exception {
        try (InProcessSimulator sim = SimulatedDevices.startInProcess("keys-rejected", SimulatorOptions.instant());
             GuardedFlashTarget target = GuardedFlashTarget.dctOnly(sim.openBootloader())) {
            assertThat(ReadModules.read(target).modules()).hasSize(3);
            for (ModuleSlot slot : ModuleSlot.values()) {
                assertThatThrownBy(() -> target.write(slot.start(), new byte[4], ProgressListener.NONE))
                        .isInstanceOf(RefusedException.class).hasMessageContaining("outside the DCT");
            }
        }
    }
}

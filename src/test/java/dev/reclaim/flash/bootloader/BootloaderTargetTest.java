package dev.reclaim.flash.bootloader;

import dev.reclaim.flash.RefusedException;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.ReadProtection;
import dev.reclaim.progress.ProgressListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatedWire;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.sim.SyntheticFirmware;
import dev.reclaim.sim.TestDevices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BootloaderTargetTest {
    private static final BootloaderTimeouts FAST = new BootloaderTimeouts(300, 100, 500, 2, 11520);
    private SimulatedP1 device;

    /** A device running its firmware (BOOT0 low), reached through the fixture's line sequence. */
    private BootloaderTarget open() throws Exception {
        return open(SimulatorOptions.instant());
    }

    private BootloaderTarget open(SimulatorOptions options) throws Exception {
        device = TestDevices.device(options);
        ByteLink host = device.connectInProcess().bootloaderUart();
        device.powerOn(false);
        return BootloaderTarget.open(host, ModemLineSequence.parse(SimulatedWire.FIXTURE_SEQUENCE), FAST);
    }

    @AfterEach
    void stop() {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void theEntrySequenceResetsIntoTheBootloaderAndTheExitSequenceBackIntoFirmware() throws Exception {
        BootloaderTarget target = open();
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.BOOTLOADER);
        assertThat(target.description()).startsWith("UART bootloader v3.3 on simulated UART");
        target.close();
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.FIRMWARE);
    }

    @Test
    void anF4StyleBootloaderThatRefusesShortIdReadsStillGivesTheIdentity() throws Exception {
        try (BootloaderTarget target = open(SimulatorOptions.instant().withLongIdReadsOnly(true))) {
            DeviceIdentity id = target.identity();
            assertThat(id.deviceId()).contains("32003a000b47343533383531");
            assertThat(id.flashSizeKib()).hasValue(1024);
        }
    }

    @Test
    void identityGivesTheDeviceIdFlashSizeAndProtections() throws Exception {
        try (BootloaderTarget target = open()) {
            DeviceIdentity id = target.identity();
            assertThat(id.chipId()).isEqualTo(0x411);
            assertThat(id.deviceId()).contains("32003a000b47343533383531");
            assertThat(id.flashSizeKib()).hasValue(1024);
            assertThat(id.readProtection()).isEqualTo(ReadProtection.LEVEL_0);
            assertThat(id.writeProtected()).hasValueSatisfying(s -> assertThat(s).containsExactly(0));
        }
    }

    @Test
    void identityUnderReadProtectionSaysSoInsteadOfFailing() throws Exception {
        try (BootloaderTarget target = open()) {
            device.chip().options().setRdp(0x55);
            DeviceIdentity id = target.identity();
            assertThat(id.readProtection()).isEqualTo(ReadProtection.LEVEL_1);
            assertThat(id.deviceId()).isEmpty();
            assertThat(id.writeProtected()).isEmpty();
        }
    }

    @Test
    void readsInBlocksAndReportsProgress() throws Exception {
        try (BootloaderTarget target = open()) {
            List<Long> seen = new ArrayList<>();
            byte[] sector0 = target.read(Stm32F2.FLASH_BASE, 1000, (done, total) -> seen.add(done));
            assertThat(sector0).isEqualTo(Arrays.copyOf(SyntheticFirmware.expected(0), 1000));
            assertThat(seen).containsExactly(256L, 512L, 768L, 1000L);
        }
    }

    @Test
    void unalignedWritesArePaddedWithErasedBytesSoNeighboursKeepTheirValue() throws Exception {
        try (BootloaderTarget target = open()) {
            target.eraseSectors(List.of(1), ProgressListener.NONE);
            target.write(0x0800_4001L, new byte[] {0x11, 0x22, 0x33, 0x44, 0x55}, ProgressListener.NONE);
            assertThat(device.chip().flash().read(0x0800_4000L, 8))
                    .containsExactly(0xFF, 0x11, 0x22, 0x33, 0x44, 0x55, 0xFF, 0xFF);
        }
    }

    @Test
    void theGuardKeepsSectorZeroAndEverythingOutsideTheDctOutOfReach() throws Exception {
        try (GuardedFlashTarget guarded = GuardedFlashTarget.dctOnly(open())) {
            assertThatThrownBy(() -> guarded.eraseSectors(List.of(0), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("Particle bootloader");
            assertThatThrownBy(() -> guarded.eraseSectors(List.of(3), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("outside the DCT");
            assertThatThrownBy(() -> guarded.write(0x0800_BFFCL, new byte[8], ProgressListener.NONE))
                    .as("a write that spills from DCT2 into sector 3").isInstanceOf(RefusedException.class)
                    .hasMessageContaining("sector 3");
            assertThatThrownBy(() -> guarded.write(0x0800_3FFCL, new byte[8], ProgressListener.NONE))
                    .as("a write that starts in sector 0").isInstanceOf(RefusedException.class)
                    .hasMessageContaining("sector 0");
            assertThatThrownBy(() -> guarded.write(0x2000_4000L, new byte[8], ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("not inside the flash");
            guarded.eraseSectors(List.of(2), ProgressListener.NONE);
            guarded.write(0x0800_8000L, new byte[] {1, 2, 3, 4}, ProgressListener.NONE);
        }
        for (int s = 0; s < 12; s++) {
            assertThat(device.chip().flash().eraseCount(s)).as("sector %d", s).isEqualTo(s == 2 ? 1 : 0);
        }
        assertThat(device.chip().flash().read(0x0800_8000L, 4)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void sectorZeroIsReachableOnlyWhenNamedAndThenStillBlockedByItsWriteProtection() throws Exception {
        try (GuardedFlashTarget guarded = GuardedFlashTarget.allowing(open(), java.util.Set.of(0, 1, 2))) {
            assertThatThrownBy(() -> guarded.eraseSectors(List.of(0), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("write-protected");
        }
        assertThat(device.chip().flash().eraseCount(0)).isZero();
    }

    @Test
    void theGuardRefusesAnyChangeWhileReadProtectionIsOn() throws Exception {
        try (GuardedFlashTarget guarded = GuardedFlashTarget.dctOnly(open())) {
            device.chip().options().setRdp(0x55);
            assertThatThrownBy(() -> guarded.eraseSectors(List.of(1), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("read-protected").hasMessageContaining("erases the whole flash");
        }
        assertThat(device.chip().flash().eraseCount(1)).isZero();
    }
}

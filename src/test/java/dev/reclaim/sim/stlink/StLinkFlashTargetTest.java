package dev.reclaim.sim.stlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.LinkClosedException;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.SyntheticFirmware;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.F2FlashRegisters;
import dev.reclaim.flash.FlashControllerException;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.ReadProtection;
import dev.reclaim.flash.RefusedException;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.Stm32F2Flash;
import dev.reclaim.flash.stlink.StLink;
import dev.reclaim.flash.stlink.StLinkException;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.flash.stlink.StLinkSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ST-Link client driving the simulated probe, flash controller included, through the FlashTarget interface. */
class StLinkFlashTargetTest {
    private static final long DCT2 = 0x0800_8000L;
    private static final long MS = 1_000_000L;

    private final SimulatedProbe sim = new SimulatedProbe();

    private StLinkFlashTarget connect(ProbeFaults faults) throws IOException {
        return StLinkFlashTarget.connect(sim.plug(faults), sim.clock, 1800);
    }

    private StLinkSession session() throws IOException {
        return StLinkSession.connect(sim.plug(), sim.clock, 1800);
    }

    private static byte[] copy(int seed) {
        byte[] b = new byte[16 * 1024];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void identityComesFromTheChip() throws IOException {
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            DeviceIdentity id = target.identity();

            assertThat(id.chipId()).isEqualTo(0x411);
            assertThat(id.deviceId()).hasValue(sim.chip.deviceId());
            assertThat(id.flashSizeKib()).hasValue(1024);
            assertThat(id.readProtection()).isEqualTo(ReadProtection.LEVEL_0);
            assertThat(id.writeProtected()).hasValueSatisfying(s -> assertThat(s).containsExactly(0));
            assertThat(id.access()).isEqualTo("ST-Link V2J37S7 (simulated ST-Link) over SWD at 1800 kHz");
            assertThat(target.programWidth()).isEqualTo(Stm32F2Flash.Width.X32);
            assertThat(sim.target.halted()).isTrue();
        }
        assertThat(sim.target.halted()).as("resumed on close").isFalse();
        assertThat(sim.boardResets).as("nothing changed, so no reset").isZero();
    }

    @Test
    void erasesProgramsAndReadsBackASectorThenResetsTheBoard() throws IOException {
        byte[] data = copy(7);
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            long before = sim.clock.nanoTime();
            target.eraseSectors(List.of(2), ProgressListener.NONE);
            assertThat(sim.clock.nanoTime() - before).as("a 16 KiB erase takes 250 ms").isBetween(250 * MS,
                    260 * MS);
            target.write(DCT2, data, ProgressListener.NONE);

            assertThat(target.read(DCT2, data.length, ProgressListener.NONE)).isEqualTo(data);
        }
        assertThat(sim.chip.flash().read(DCT2, data.length)).isEqualTo(data);
        assertThat(sim.chip.flash().eraseCount(2)).isEqualTo(1);
        assertThat(sim.boardResets).isEqualTo(1);
        for (int s : new int[] {0, 3, 4, 11}) {
            assertThat(sim.chip.flash().read(Stm32F2.sector(s).address(), 64))
                    .isEqualTo(Arrays.copyOf(SyntheticFirmware.expected(s), 64));
        }
    }

    @Test
    void aWorkflowThatMustSeeTheFirmwareBootGetsAResetEvenWhenNothingChanged() throws IOException {
        // A wizard that wrote nothing (the device key was kept) still witnesses the attempt after its reset: resuming
        // the core would leave the firmware in its 15 s wait between attempts instead of booting it.
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            target.identity();
            target.startFirmwareOnClose();
        }
        assertThat(sim.boardResets).isEqualTo(1);
    }

    @Test
    void unalignedWritesGoThroughByteProgramming() throws IOException {
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            target.eraseSectors(List.of(1), ProgressListener.NONE);
            target.write(0x0800_4001L, new byte[] {1, 2, 3, 4, 5, 6, 7}, ProgressListener.NONE);

            assertThat(target.read(0x0800_4000L, 9, ProgressListener.NONE))
                    .containsExactly(0xFF, 1, 2, 3, 4, 5, 6, 7, 0xFF);
        }
    }

    @Test
    void programmingCanOnlyClearBits() throws IOException {
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            target.eraseSectors(List.of(1), ProgressListener.NONE);
            target.write(0x0800_4000L, new byte[] {0x0F, 0x0F, 0x0F, 0x0F}, ProgressListener.NONE);
            target.write(0x0800_4000L, new byte[] {(byte) 0xF0, 0x3C, (byte) 0xFF, 0x00}, ProgressListener.NONE);

            assertThat(target.read(0x0800_4000L, 4, ProgressListener.NONE)).containsExactly(0x00, 0x0C, 0x0F, 0x00);
        }
    }

    @Test
    void theWriteProtectedBootloaderSectorGivesWrperrAndStaysIntact() throws IOException {
        try (StLinkFlashTarget target = connect(ProbeFaults.none())) {
            assertThatThrownBy(() -> target.eraseSectors(List.of(0), ProgressListener.NONE))
                    .isInstanceOf(FlashControllerException.class).hasMessageContaining("WRPERR");
            assertThatThrownBy(() -> target.write(Stm32F2.FLASH_BASE, new byte[16], ProgressListener.NONE))
                    .isInstanceOf(FlashControllerException.class).hasMessageContaining("WRPERR");
        }
        assertThat(sim.chip.flash().read(Stm32F2.FLASH_BASE, 16384)).isEqualTo(SyntheticFirmware.expected(0));
        assertThat(sim.chip.flash().eraseCount(0)).isZero();
    }

    @Test
    void theGuardStopsSectorZeroBeforeTheProbeIsAsked() throws IOException {
        try (GuardedFlashTarget guarded = GuardedFlashTarget.dctOnly(connect(ProbeFaults.none()))) {
            int before = sim.target.sectorErases();

            assertThatThrownBy(() -> guarded.eraseSectors(List.of(0), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("Particle bootloader");
            assertThat(sim.target.sectorErases()).isEqualTo(before);
        }
    }

    @Test
    void aReadProtectedDeviceIsReportedAndRefused() throws IOException {
        sim.chip.options().setRdp(0x55);
        try (GuardedFlashTarget guarded = GuardedFlashTarget.dctOnly(connect(ProbeFaults.none()))) {
            assertThat(guarded.identity().readProtection()).isEqualTo(ReadProtection.LEVEL_1);
            assertThatThrownBy(() -> guarded.read(0x0800_4000L, 16, ProgressListener.NONE))
                    .isInstanceOf(StLinkException.class).hasMessageContaining("read-protected");
            assertThatThrownBy(() -> guarded.eraseSectors(List.of(1), ProgressListener.NONE))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("read-protected");
        }
    }

    @Test
    void aFlashWriteWithoutPgIsAProgrammingSequenceError() throws IOException {
        try (StLinkSession session = session()) {
            StLink probe = session.probe();
            byte[] before = sim.chip.flash().read(0x0800_C000L, 4);

            probe.writeWords(0x0800_C000L, new byte[4]);

            assertThat(probe.readWord(F2FlashRegisters.SR) & F2FlashRegisters.SR_PGSERR).isNotZero();
            assertThat(sim.chip.flash().read(0x0800_C000L, 4)).isEqualTo(before);
        }
    }

    @Test
    void byteAccessesUnderPsizeX32AreAParallelismError() throws IOException {
        try (StLinkSession session = session()) {
            StLink probe = session.probe();
            Stm32F2Flash flash = new Stm32F2Flash(probe, Stm32F2Flash.Width.X32, sim.clock);
            flash.unlock();
            flash.eraseSector(Stm32F2.sector(1));
            probe.writeWord(F2FlashRegisters.CR, F2FlashRegisters.CR_PG | 2 << F2FlashRegisters.CR_PSIZE_SHIFT);

            probe.writeBytes(0x0800_4000L, new byte[] {0});

            assertThat(probe.readWord(F2FlashRegisters.SR) & F2FlashRegisters.SR_PGPERR).isNotZero();
            assertThat(sim.chip.flash().read(0x0800_4000L, 1)).containsExactly(0xFF);
        }
    }

    @Test
    void aWrongUnlockKeyLocksTheControllerUntilReset() throws IOException {
        try (StLinkSession session = session()) {
            StLink probe = session.probe();
            probe.writeWord(F2FlashRegisters.KEYR, 0x12345678);

            assertThatThrownBy(() -> new Stm32F2Flash(probe, Stm32F2Flash.Width.X32, sim.clock).unlock())
                    .isInstanceOf(FlashControllerException.class).hasMessageContaining("stayed locked");
        }
    }

    @Test
    void theControllerStaysBusyForTheEraseTimeAndStallsAccesses() throws IOException {
        try (StLinkSession session = session()) {
            StLink probe = session.probe();
            Stm32F2Flash flash = new Stm32F2Flash(probe, Stm32F2Flash.Width.X32, sim.clock);
            flash.unlock();
            probe.writeWord(F2FlashRegisters.CR, 0x20A | F2FlashRegisters.CR_STRT);
            long started = sim.clock.nanoTime();

            assertThat(probe.readWord(F2FlashRegisters.SR) & F2FlashRegisters.SR_BSY).isNotZero();
            probe.readWord(0x0800_4000L); // a flash read waits for the erase
            assertThat(sim.clock.nanoTime() - started).isGreaterThanOrEqualTo(250 * MS);
            assertThat(probe.readWord(F2FlashRegisters.SR) & F2FlashRegisters.SR_BSY).isZero();
        }
    }

    @Test
    void waitAnswersAreRetriedTransparently() throws IOException {
        try (StLinkFlashTarget target = connect(ProbeFaults.none().waits(3))) {
            assertThat(target.read(0x1FFF_7A10L, 12, ProgressListener.NONE)).isEqualTo(sim.chip.uid());
        }
        assertThat(sim.clock.sleeps()).startsWith(MS, 2 * MS, 4 * MS);
    }

    @Test
    void anUnpoweredTargetIsNamedAsSuch() {
        assertThatThrownBy(() -> connect(ProbeFaults.none().unpowered()))
                .isInstanceOf(StLinkException.class).hasMessageStartingWith("The target is not powered");
    }

    @Test
    void anUnplugMidWriteSurfacesAsLinkClosed() throws IOException {
        int transfersBeforeWrite = transfersToConnectAndErase();
        StLinkFlashTarget target = connect(ProbeFaults.none().unplugAfter(transfersBeforeWrite + 5));
        target.eraseSectors(List.of(2), ProgressListener.NONE);

        assertThatThrownBy(() -> target.write(DCT2, copy(3), ProgressListener.NONE))
                .isInstanceOf(LinkClosedException.class).hasMessageContaining("unplugged");
        target.close();
    }

    /** The same conversation on a healthy probe, to find where the write begins (the virtual clock makes it exact). */
    private static int transfersToConnectAndErase() throws IOException {
        SimulatedProbe dry = new SimulatedProbe();
        SimulatedStLink probe = dry.plug();
        StLinkFlashTarget target = StLinkFlashTarget.connect(probe, dry.clock, 1800);
        target.eraseSectors(List.of(2), ProgressListener.NONE);
        return probe.transfers();
    }

    @Test
    void slowFlashTimingIsPolledNotWaitedOnBlindly() throws IOException {
        SimulatedProbe slow = new SimulatedProbe(new FlashTiming(java.time.Duration.ofMillis(400),
                java.time.Duration.ofMillis(800), java.time.Duration.ofMillis(1600), java.time.Duration.ofSeconds(8),
                16_000));
        try (StLinkFlashTarget target = StLinkFlashTarget.connect(slow.plug(), slow.clock, 1800)) {
            long before = slow.clock.nanoTime();
            target.eraseSectors(List.of(1), ProgressListener.NONE);
            assertThat(slow.clock.nanoTime() - before).isBetween(400 * MS, 405 * MS);
        }
    }
}

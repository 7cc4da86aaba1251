package dev.reclaim.flash.bootloader;

import static dev.reclaim.flash.bootloader.ScriptedPeer.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.sim.TestDevices;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Stm32BootloaderTest {
    private static final BootloaderTimeouts FAST = new BootloaderTimeouts(200, 100, 500, 2, 11520);
    private SimulatedP1 device;

    private Stm32Bootloader client(SimulatorOptions options) {
        device = TestDevices.device(options);
        ByteLink host = device.connectInProcess().bootloaderUart();
        device.powerOn(true);
        return new Stm32Bootloader(host, FAST);
    }

    @AfterEach
    void stop() {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void connectsAndIdentifiesAnF2() throws Exception {
        BootloaderInfo info = client(SimulatorOptions.instant()).connect();
        assertThat(info.chipId()).isEqualTo(0x411);
        assertThat(info.versionText()).isEqualTo("3.3");
        assertThat(info.commands()).contains(0x11, 0x31, 0x44).doesNotContain(0x43);
    }

    @Test
    void reconnectsToABootloaderThatIsAlreadySynchronised() throws Exception {
        Stm32Bootloader first = client(SimulatorOptions.instant());
        first.connect();
        Stm32Bootloader second = new Stm32Bootloader(first.link(), FAST);
        assertThat(second.connect().chipId()).isEqualTo(0x411);
    }

    @Test
    void reconnectsWhenTheBootloaderHoldsHalfACommand() throws Exception {
        Stm32Bootloader bl = client(SimulatorOptions.instant());
        bl.connect();
        bl.link().write(new byte[] {0x7F});
        assertThat(new Stm32Bootloader(bl.link(), FAST).connect().chipId()).isEqualTo(0x411);
    }

    @Test
    void reconnectsToABootloaderLeftWaitingInsideAWriteFrame() throws Exception {
        Stm32Bootloader first = client(SimulatorOptions.instant());
        first.connect();
        // A session that died after the header of a 256-byte write: the bootloader waits for 257 more bytes.
        first.link().write(b(0x31, 0xCE));
        first.link().write(b(0x08, 0x00, 0x40, 0x00, 0x48));
        Thread.sleep(50);
        first.link().write(b(0xFF));
        assertThat(new Stm32Bootloader(first.link(), FAST).connect().chipId()).isEqualTo(0x411);
        assertThat(device.chip().flash().read(0x0800_4000L, 256)).as("the filler programmed nothing").containsOnly(0xFF);
    }

    @Test
    void skipsTheStrayZeroBeforeTheFirstAck() throws Exception {
        assertThat(client(SimulatorOptions.instant().withLeadingZeroGlitch(true)).connect().chipId()).isEqualTo(0x411);
    }

    @Test
    void readsWritesAndErasesTheSimulatedFlash() throws Exception {
        Stm32Bootloader bl = client(SimulatorOptions.instant());
        bl.connect();
        bl.eraseSectors(List.of(2));
        byte[] data = new byte[256];
        Arrays.fill(data, (byte) 0xA5);
        bl.writeMemory(0x0800_8000L, data);
        assertThat(bl.readMemory(0x0800_8000L, 256)).isEqualTo(data);
        assertThat(device.chip().flash().eraseCount(2)).isEqualTo(1);
        assertThat(device.chip().flash().eraseCount(1)).isZero();
    }

    @Test
    void refusesBadBlockShapesBeforeSendingAnything() {
        Stm32Bootloader bl = client(SimulatorOptions.instant());
        assertThatThrownBy(() -> bl.readMemory(0x0800_4000L, 257)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bl.writeMemory(0x0800_4002L, new byte[4])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bl.writeMemory(0x0800_4000L, new byte[6])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bl.eraseSectors(List.of(12))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resynchronisesAfterAWriteWasCutOffMidFrameAndTheFillerProgramsNothing() throws Exception {
        Stm32Bootloader bl = client(SimulatorOptions.instant());
        bl.connect();
        byte[] before = device.chip().flash().read(0x0800_4000L, 256);
        // A 256-byte Write Memory cut off after 10 zero data bytes, as a dropped USB packet would leave it.
        ByteLink link = bl.link();
        link.write(b(0x31, 0xCE));
        link.write(b(0x08, 0x00, 0x40, 0x00, 0x48));
        Thread.sleep(50);
        link.write(b(0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        bl.resynchronise();
        assertThat(bl.getId()).isEqualTo(0x411);
        byte[] after = device.chip().flash().read(0x0800_4000L, 256);
        // The bootloader may complete the frame with the 0xFF filler: only the 10 bytes really sent can change.
        assertThat(Arrays.copyOfRange(after, 10, 256)).isEqualTo(Arrays.copyOfRange(before, 10, 256));
        assertThat(Arrays.copyOf(after, 10)).containsOnly(0);
    }

    @Test
    void aWriteWhoseAckComesAfterTheTimeoutIsResynchronisedAndRepeatedHarmlessly() throws Exception {
        // Programming 256 bytes takes 400 ms here, the client waits 200 ms: the ACK always arrives late.
        FlashTiming slow = new FlashTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 6_250_000L);
        Stm32Bootloader bl = client(new SimulatorOptions(false, 115200, slow, false, false, 0x33));
        bl.connect();
        byte[] data = new byte[256];
        Arrays.fill(data, (byte) 0x5A);
        assertThatThrownBy(() -> bl.writeMemory(0x0800_4000L, data)).isInstanceOf(BootloaderException.class)
                .hasMessageContaining("No answer");
        assertThat(device.chip().flash().read(0x0800_4000L, 256)).isEqualTo(data);
        assertThat(bl.getId()).as("back in step after the failures").isEqualTo(0x411);
        assertThat(bl.readMemory(0x0800_4000L, 256)).isEqualTo(data);
    }

    @Test
    void reportsANonF2ChipClearly() {
        try (ScriptedPeer peer = new ScriptedPeer()
                .on(b(0x7F), b(0x79))
                .on(b(0x01, 0xFE), b(0x79, 0x31, 0, 0, 0x79))
                .on(b(0x00, 0xFF), b(0x79, 0x0B, 0x31, 0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92, 0x79))
                .on(b(0x02, 0xFD), b(0x79, 0x01, 0x04, 0x13, 0x79))) {
            Stm32Bootloader bl = new Stm32Bootloader(peer.start(), FAST);
            assertThatThrownBy(bl::connect).isInstanceOf(BootloaderException.class)
                    .hasMessageContaining("0x413").hasMessageContaining("not 0x411")
                    .satisfies(e -> assertThat(((BootloaderException) e).kind())
                            .isEqualTo(BootloaderException.Kind.WRONG_CHIP));
        }
    }

    @Test
    void saysWhatToCheckWhenNothingAnswers() {
        try (ScriptedPeer peer = new ScriptedPeer()) {
            Stm32Bootloader bl = new Stm32Bootloader(peer.start(), FAST);
            assertThatThrownBy(bl::connect).isInstanceOf(BootloaderException.class)
                    .hasMessageContaining("No answer").hasMessageContaining("BOOT0");
        }
    }

    @Test
    void garbageRepliesAreRetriedThenReportedWithTheByte() {
        try (ScriptedPeer peer = new ScriptedPeer()
                .on(b(0x7F), b(0x79))
                .on(b(0x02, 0xFD), b(0x55))) {
            Stm32Bootloader bl = new Stm32Bootloader(peer.start(), FAST);
            assertThatThrownBy(() -> {
                bl.sync();
                bl.getId();
            }).isInstanceOf(BootloaderException.class).hasMessageContaining("0x55");
        }
    }

    @Test
    void aReadProtectedChipRefusesReadsWithAnExplanation() throws Exception {
        Stm32Bootloader bl = client(SimulatorOptions.instant());
        device.chip().options().setRdp(0x55);
        bl.connect();
        assertThatThrownBy(() -> bl.readMemory(0x0800_4000L, 16)).isInstanceOf(BootloaderException.class)
                .hasMessageContaining("read-protected")
                .satisfies(e -> assertThat(((BootloaderException) e).kind())
                        .isEqualTo(BootloaderException.Kind.READ_PROTECTED));
    }
}

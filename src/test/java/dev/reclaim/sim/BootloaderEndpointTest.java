package dev.reclaim.sim;

import static dev.reclaim.sim.TestDevices.address;
import static dev.reclaim.sim.TestDevices.bytes;
import static dev.reclaim.sim.TestDevices.readFor;
import static dev.reclaim.sim.TestDevices.readN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.link.ByteLink;
import dev.reclaim.flash.Stm32F2;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated AN3155 bootloader, byte for byte, as a host on the wire sees it. */
class BootloaderEndpointTest {
    private static final int ACK = 0x79;
    private static final int NACK = 0x1F;

    private SimulatedP1 device;
    private ByteLink host;

    private void start(SimulatorOptions options) throws Exception {
        device = TestDevices.device(options);
        host = device.connectInProcess().bootloaderUart();
        device.powerOn(true);
    }

    private void startSynced() throws Exception {
        start(SimulatorOptions.instant());
        host.write(bytes(0x7F));
        assertThat(readN(host, 1)).containsExactly(ACK);
    }

    @AfterEach
    void stop() {
        if (device != null) {
            device.close();
        }
    }

    private byte[] exchange(byte[] send, int expect) throws Exception {
        host.write(send);
        return readN(host, expect);
    }

    @Test
    void ignoresEverythingButTheSyncByteUntilSynchronised() throws Exception {
        start(SimulatorOptions.instant());
        host.write(bytes(0x00, 0x11, 0xEE, 0x55));
        assertThat(readFor(host, 100)).isEmpty();
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(ACK);
    }

    @Test
    void aSecondSyncByteIsTheFirstHalfOfABadCommand() throws Exception {
        startSynced();
        host.write(bytes(0x7F));
        assertThat(readFor(host, 100)).as("waits for the complement").isEmpty();
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(NACK);
    }

    @Test
    void canSendTheStrayZeroSomeAdaptersProduceBeforeTheFirstAck() throws Exception {
        start(SimulatorOptions.instant().withLeadingZeroGlitch(true));
        assertThat(exchange(bytes(0x7F), 2)).containsExactly(0x00, ACK);
    }

    @Test
    void identifiesItselfAsAnF2BootloaderV33() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x00, 0xFF), 15)).containsExactly(ACK, 11, 0x33,
                0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92, ACK);
        assertThat(exchange(bytes(0x01, 0xFE), 5)).containsExactly(ACK, 0x33, 0, 0, ACK);
        assertThat(exchange(bytes(0x02, 0xFD), 5)).containsExactly(ACK, 0x01, 0x04, 0x11, ACK);
    }

    @Test
    void wrongComplementAndUnknownCommandsAreNacked() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x11, 0x11), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x43, 0xBC), 1)).as("plain Erase is not an F2 command").containsExactly(NACK);
        assertThat(exchange(bytes(0x01, 0xFE), 5)).as("back to waiting for commands").startsWith(ACK);
    }

    @Test
    void readsTheUidAndFlashSize() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.UID_ADDRESS), 1)).containsExactly(ACK);
        byte[] reply = exchange(bytes(19, ~19 & 0xFF), 21);
        assertThat(reply[0]).isEqualTo((byte) ACK);
        assertThat(Arrays.copyOfRange(reply, 1, 13)).isEqualTo(TestDevices.UID);
        assertThat(Arrays.copyOfRange(reply, 19, 21)).containsExactly(0x00, 0x04);
    }

    @Test
    void anF4StyleBootloaderNacksTheLengthOfAShortIdReadButServesTheWholePage() throws Exception {
        start(SimulatorOptions.instant().withLongIdReadsOnly(true));
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.UID_ADDRESS), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(19, ~19 & 0xFF), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.ID_PAGE), 1)).containsExactly(ACK);
        byte[] reply = exchange(bytes(0xFF, 0x00), 257);
        assertThat(reply[0]).isEqualTo((byte) ACK);
        assertThat(Arrays.copyOfRange(reply, 1 + 0x10, 1 + 0x1C)).isEqualTo(TestDevices.UID);
        assertThat(Arrays.copyOfRange(reply, 1 + 0x22, 1 + 0x24)).containsExactly(0x00, 0x04);
    }

    @Test
    void nacksABadAddressChecksumAnUnmappedAddressAndABadLengthComplement() throws Exception {
        startSynced();
        byte[] bad = address(0x08004000L);
        bad[4] ^= 1;
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(bad, 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(address(0x3000_0000L), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
        assertThat(exchange(address(0x0800_4000L), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0xFF, 0xFF), 1)).containsExactly(NACK);
    }

    @Test
    void programmingOnlyClearsBits() throws Exception {
        startSynced();
        long a = Stm32F2.DCT_ADDRESS;
        write(a, bytes(0xF0, 0xF0, 0x0F, 0xFF));
        write(a, bytes(0x3C, 0xFF, 0xFF, 0x00));
        assertThat(device.chip().flash().read(a, 4)).containsExactly(0x30, 0xF0, 0x0F, 0x00);
    }

    @Test
    void refusesWritesThatAreNotWholeWords() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x31, 0xCE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.DCT_ADDRESS + 2), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x31, 0xCE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.DCT_ADDRESS), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(2, 0, 0, 0, 2), 1)).containsExactly(NACK);
        assertThat(device.chip().flash().read(Stm32F2.DCT_ADDRESS, 3)).containsExactly(0xFF, 0xFF, 0xFF);
    }

    @Test
    void aWriteToTheProtectedBootloaderSectorIsAckedButChangesNothing() throws Exception {
        startSynced();
        byte[] before = device.chip().flash().read(Stm32F2.FLASH_BASE, 4);
        write(Stm32F2.FLASH_BASE, bytes(0, 0, 0, 0));
        assertThat(device.chip().flash().read(Stm32F2.FLASH_BASE, 4)).isEqualTo(before);
    }

    @Test
    void erasesExactlyTheNamedSectors() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x00, 0x01, 0x00, 0x03, 0x00, 0x05, 0x07), 1)).containsExactly(ACK);
        assertThat(device.chip().flash().read(Stm32F2.sector(3).address(), 16 * 1024)).containsOnly(0xFF);
        assertThat(device.chip().flash().read(Stm32F2.sector(5).address(), 128 * 1024)).containsOnly(0xFF);
        for (int s : new int[] {0, 1, 2, 4, 6, 7, 8, 9, 10, 11}) {
            assertThat(device.chip().flash().eraseCount(s)).as("sector %d", s).isZero();
        }
    }

    @Test
    void refusesToEraseAProtectedSectorOrANonexistentOne() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x00, 0x00, 0x00, 0x00, 0x00), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x00, 0x00, 0x00, 0x0C, 0x0C), 1)).containsExactly(NACK);
        assertThat(device.chip().flash().eraseCount(0)).isZero();
    }

    @Test
    void theMassEraseCodeNeedsItsChecksumAndFailsWhileASectorIsProtected() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0xFF, 0xFF, 0xFF), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0xFF, 0xFF, 0x00), 1)).as("sector 0 is write-protected").containsExactly(NACK);
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0xFF, 0xFE, 0x01), 1)).as("no bank 1 erase on a single-bank part")
                .containsExactly(NACK);
        for (int s = 0; s < 12; s++) {
            assertThat(device.chip().flash().eraseCount(s)).isZero();
        }
    }

    @Test
    void readProtectionAllowsOnlyIdentificationAndItsOwnRemoval() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x82, 0x7D), 2)).containsExactly(ACK, ACK);
        assertThat(exchange(bytes(0x7F), 1)).as("the chip reset: autobaud again").containsExactly(ACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x31, 0xCE), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x44, 0xBB), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x21, 0xDE), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x73, 0x8C), 1)).containsExactly(NACK);
        assertThat(exchange(bytes(0x02, 0xFD), 5)).containsExactly(ACK, 0x01, 0x04, 0x11, ACK);
        assertThat(exchange(bytes(0x92, 0x6D), 2)).containsExactly(ACK, ACK);
        assertThat(device.chip().flash().read(Stm32F2.FLASH_BASE, Stm32F2.FLASH_SIZE))
                .as("removing RDP erased everything").containsOnly(0xFF);
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x11, 0xEE), 1)).containsExactly(ACK);
    }

    @Test
    void writeUnprotectClearsEveryWriteProtectionAndResets() throws Exception {
        startSynced();
        assertThat(device.chip().options().isWriteProtected(0)).isTrue();
        int bootsBefore = device.boots();
        assertThat(exchange(bytes(0x73, 0x8C), 2)).containsExactly(ACK, ACK);
        assertThat(device.chip().options().isWriteProtected(0)).isFalse();
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(ACK);
        assertThat(device.boots()).isEqualTo(bootsBefore + 1);
        assertThat(exchange(bytes(0x63, 0x9C), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x01, 0x00, 0x03, 0x02), 1)).containsExactly(ACK);
        assertThat(device.chip().options().isWriteProtected(0)).isTrue();
        assertThat(device.chip().options().isWriteProtected(3)).isTrue();
        assertThat(device.chip().options().isWriteProtected(1)).isFalse();
    }

    @Test
    void goToFlashStartsTheFirmwareAndGoToRamIsAReset() throws Exception {
        startSynced();
        assertThat(exchange(bytes(0x21, 0xDE), 1)).containsExactly(ACK);
        assertThat(exchange(address(0x1FFF_0000L), 1)).as("not into system memory").containsExactly(NACK);
        assertThat(exchange(bytes(0x21, 0xDE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.SRAM_USER_BASE), 1)).containsExactly(ACK);
        assertThat(exchange(bytes(0x7F), 1)).as("reset back into the bootloader").containsExactly(ACK);
        assertThat(exchange(bytes(0x21, 0xDE), 1)).containsExactly(ACK);
        assertThat(exchange(address(Stm32F2.FLASH_BASE), 1)).containsExactly(ACK);
        long deadline = System.currentTimeMillis() + 1000;
        while (device.mode() != SimulatedP1.Mode.FIRMWARE && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.FIRMWARE);
        assertThat(exchange(bytes(0x7F), 0)).isEmpty();
        assertThat(readFor(host, 100)).as("the firmware does not speak the bootloader protocol").isEmpty();
    }

    @Test
    void modemLinesSelectTheBootModeAtReset() throws Exception {
        start(SimulatorOptions.instant());
        host.setRts(false);
        host.setDtr(true);
        assertThat(device.mode()).isIn(SimulatedP1.Mode.RESET, SimulatedP1.Mode.BOOTLOADER);
        host.setDtr(false);
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.FIRMWARE);
        host.setRts(true);
        host.setDtr(true);
        host.setDtr(false);
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.BOOTLOADER);
        int boots = device.boots();
        device.reset();
        assertThat(device.boots()).isEqualTo(boots + 1);
        assertThat(device.mode()).isEqualTo(SimulatedP1.Mode.BOOTLOADER);
        assertThat(exchange(bytes(0x7F), 1)).containsExactly(ACK);
    }

    private void write(long a, byte[] data) throws Exception {
        assertThat(exchange(bytes(0x31, 0xCE), 1)).containsExactly(ACK);
        assertThat(exchange(address(a), 1)).containsExactly(ACK);
        byte[] frame = new byte[data.length + 2];
        frame[0] = (byte) (data.length - 1);
        System.arraycopy(data, 0, frame, 1, data.length);
        int x = frame[0];
        for (byte b : data) {
            x ^= b;
        }
        frame[frame.length - 1] = (byte) x;
        assertThat(exchange(frame, 1)).containsExactly(ACK);
    }
}

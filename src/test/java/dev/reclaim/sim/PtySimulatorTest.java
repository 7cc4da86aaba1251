package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.link.SerialLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import dev.reclaim.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client and the simulator on two sides of a real pseudo-terminal, through jSerialComm. */
class PtySimulatorTest {
    /** Linux ptys ignore parity, so both sides run 8N1 here; a real adapter uses 8E1. */
    private static final SerialSettings PTY = SerialSettings.log(115200);

    @TempDir
    Path dir;

    @Test
    void aClientReadsIdentityAndWritesTheDctThroughThePty() throws Exception {
        try (PtySimulator sim = PtySimulator.start(TestDevices.instantDevice(), dir.resolve("p1"))) {
            assertThat(Files.isSymbolicLink(sim.bootloaderPath())).isTrue();
            assertThat(sim.logPath()).isEqualTo(dir.resolve("p1.log"));
            try (BootloaderTarget target = BootloaderTarget.open(SerialLink.open(sim.bootloaderPath().toString(), PTY),
                    ModemLineSequence.NONE, BootloaderTimeouts.forByteRate(PTY.bytesPerSecond()))) {
                DeviceIdentity id = target.identity();
                assertThat(id.deviceId()).contains("32003a000b47343533383531");
                target.eraseSectors(List.of(2), ProgressListener.NONE);
                byte[] data = new byte[600];
                Arrays.fill(data, (byte) 0x42);
                target.write(0x0800_8000L, data, ProgressListener.NONE);
                assertThat(target.read(0x0800_8000L, 600, ProgressListener.NONE)).isEqualTo(data);
            }
            // A second session finds the bootloader already synchronised.
            try (BootloaderTarget again = BootloaderTarget.open(SerialLink.open(sim.bootloaderPath().toString(), PTY),
                    ModemLineSequence.NONE, BootloaderTimeouts.forByteRate(PTY.bytesPerSecond()))) {
                assertThat(again.read(0x0800_8000L, 4, ProgressListener.NONE)).containsOnly(0x42);
            }
            assertThat(sim.device().chip().flash().eraseCount(1)).isZero();
        }
        assertThat(Files.exists(dir.resolve("p1"))).as("socat removed its symlink").isFalse();
    }

    @Test
    void theLogPtyCarriesWhatTheFirmwareWrites() throws Exception {
        Firmware hello = (chip, log, cpu) -> log.write("0000000001 [system] INFO: hello\r\n".getBytes());
        SimulatedP1 device = new SimulatedP1(new Stm32F205(TestDevices.UID, 0x33), SimulatorOptions.instant(), hello);
        try (PtySimulator sim = PtySimulator.start(device, dir.resolve("p1"));
             SerialLink log = SerialLink.open(sim.logPath().toString(), PTY);
             BootloaderTarget target = BootloaderTarget.open(SerialLink.open(sim.bootloaderPath().toString(), PTY),
                     ModemLineSequence.NONE, BootloaderTimeouts.forByteRate(PTY.bytesPerSecond()))) {
            target.runFirmware();
            assertThat(new String(TestDevices.readN(log, 33))).isEqualTo("0000000001 [system] INFO: hello\r\n");
        }
    }
}

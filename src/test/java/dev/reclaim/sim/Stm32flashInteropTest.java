package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's stm32flash against the simulator's pty: if the real tool works with it, the simulator speaks AN3155
 * faithfully enough to test our own client against. Over a pty parity is dropped, hence {@code -m 8n1}.
 */
class Stm32flashInteropTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUidAndTheDctBoundedBySFlag() throws Exception {
        SimulatedP1 device = TestDevices.instantDevice();
        byte[] dct = new byte[Stm32F2.DCT_LENGTH];
        new Random(7).nextBytes(dct);
        device.chip().flash().load(Stm32F2.DCT_ADDRESS, dct);
        try (PtySimulator sim = PtySimulator.start(device, dir.resolve("p1"))) {
            Path uid = dir.resolve("uid.bin");
            run(sim, "-r", uid.toString(), "-S", "0x1FFF7A10:12");
            assertThat(Files.readAllBytes(uid)).isEqualTo(TestDevices.UID);
            Path out = dir.resolve("dct.bin");
            run(sim, "-r", out.toString(), "-S", "0x08004000:32768");
            assertThat(Files.readAllBytes(out)).isEqualTo(dct);
        }
    }

    @Test
    void aVerifiedWriteBoundedToTheDctErasesOnlySectorsOneAndTwo() throws Exception {
        SimulatedP1 device = TestDevices.instantDevice();
        byte[] image = new byte[Stm32F2.DCT_LENGTH];
        new Random(11).nextBytes(image);
        Path file = dir.resolve("new-dct.bin");
        Files.write(file, image);
        try (PtySimulator sim = PtySimulator.start(device, dir.resolve("p1"))) {
            String output = run(sim, "-v", "-w", file.toString(), "-S", "0x08004000:32768");
            assertThat(output).contains("Wrote and verified");
        }
        SimulatedFlash flash = device.chip().flash();
        assertThat(flash.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH)).isEqualTo(image);
        for (int s = 0; s < 12; s++) {
            boolean dct = Stm32F2.DCT_SECTORS.contains(s);
            assertThat(flash.eraseCount(s)).as("erases of sector %d", s).isEqualTo(dct ? 1 : 0);
            if (!dct) {
                assertThat(flash.read(Stm32F2.sector(s).address(), Stm32F2.sector(s).size()))
                        .as("sector %d untouched", s).isEqualTo(SyntheticFirmware.expected(s));
            }
        }
    }

    private static String run(PtySimulator sim, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("stm32flash", "-m", "8n1", "-b", "115200"));
        cmd.addAll(Arrays.asList(args));
        cmd.add(sim.bootloaderPath().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("stm32flash %s%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}

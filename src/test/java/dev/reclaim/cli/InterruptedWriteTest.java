package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write cut after "new copy marked complete" and before "old copy retired", set up on a simulated P1 on a pty
 * with Debian's stm32flash: firmware 0.7+ boots the new copy, 0.6 the old one. Running the same write again must
 * finish it, and {@code dct check} must flag the disagreement.
 */
class InterruptedWriteTest {
    @TempDir
    Path dir;
    @ReclaimHome
    Path home;

    private PtySimulator sim;

    @BeforeEach
    void start() throws Exception {
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(),
                SimulatedCloud.particle());
        sim = PtySimulator.start(device, dir.resolve("p1"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void rerunningTheWriteRetiresTheOldCopySoBothFirmwareRulesUseTheNewOne() throws Exception {
        String via = "bootloader:" + sim.bootloaderPath();
        Path read = dir.resolve("dct.bin");
        assertThat(CliRun.of("device", "read-dct", "--via", via, "--mode", "8n1", "--out", read.toString())
                .exitCode()).isZero();
        byte[] before = Files.readAllBytes(read);
        DctImage edited = DctWriter.edit(DctReader.read(read), List.of(DctEdits.photonP1()
                .serverAddress(ServerAddress.parse("cloud.example.com")))).image();
        Path editedFile = dir.resolve("edited.bin");
        Files.write(editedFile, edited.bytes());
        int oldCopy = DctImage.ofTwoSectors(before).select(DctGeneration.VERSIONED).current();
        int newCopy = edited.select(DctGeneration.VERSIONED).current();
        assertThat(newCopy).isNotEqualTo(oldCopy);

        // The cut: the new copy complete, the old one not yet retired.
        byte[] cut = edited.bytes();
        int old = DctSector.imageOffset(oldCopy);
        cut[old + DctSector.HEADER_IS_CURRENT_DCT] = before[old + DctSector.HEADER_IS_CURRENT_DCT];
        int initialWrite = old + DctSector.VERSION_OFFSET + DctSector.VERSION_INITIAL_WRITE;
        cut[initialWrite] = before[initialWrite];
        Path cutFile = dir.resolve("cut.bin");
        Files.write(cutFile, cut);
        stm32flash("-w", cutFile.toString(), "-S", "0x08004000:32768");
        assertThat(DctImage.ofTwoSectors(deviceDct()).select(DctGeneration.LEGACY).current())
                .as("firmware 0.6 after the cut").isEqualTo(oldCopy);

        CliRun check = CliRun.of("dct", "check", cutFile.toString());
        assertThat(check.out()).contains("firmware_selection_differs").contains("run the same write again");

        CliRun again = CliRun.of("device", "write-dct", "--via", via, "--mode", "8n1", editedFile.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Finished an interrupted write")
                .doesNotContain("nothing was written");
        DctImage after = DctImage.ofTwoSectors(deviceDct());
        AppDct intended = edited.currentAppDct(DctGeneration.VERSIONED).orElseThrow();
        for (DctGeneration rule : DctGeneration.values()) {
            assertThat(after.select(rule).current()).as("copy %s selects", rule).isEqualTo(newCopy);
            assertThat(after.currentAppDct(rule)).as("DCT %s boots", rule).contains(intended);
        }

        CliRun third = CliRun.of("device", "write-dct", "--via", via, "--mode", "8n1", editedFile.toString());
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).contains("nothing was written");
    }

    private byte[] deviceDct() {
        return sim.device().chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }

    private void stm32flash(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("stm32flash", "-m", "8n1", "-b", "115200"));
        cmd.addAll(List.of(args));
        cmd.add(sim.bootloaderPath().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}

package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatorOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) to a real {@code reclaim device write-dct} process while it programs the new copy over a pty:
 * once writing has begun it finishes, so the device ends with the new DCT under both firmware rules.
 */
class CtrlCDuringWriteTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCWhileProgrammingTheNewCopyLetsTheWriteFinish() throws Exception {
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("keys-rejected"), SimulatorOptions.instant(),
                SimulatedCloud.particle());
        try (PtySimulator sim = PtySimulator.start(device, dir.resolve("p1"))) {
            DctImage before = DctImage.ofTwoSectors(dct(device));
            DctImage edited = DctWriter.edit(before, List.of(DctEdits.photonP1()
                    .serverAddress(ServerAddress.parse("device.spark.io")))).image();
            Path file = dir.resolve("fixed.bin");
            Files.write(file, edited.bytes());
            AppDct intended = edited.currentAppDct(DctGeneration.VERSIONED).orElseThrow();

            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.reclaim.Main", "device", "write-dct",
                    "--via", "bootloader:" + sim.bootloaderPath(), "--mode", "8n1", file.toString());
            pb.environment().put("RECLAIM_HOME", dir.resolve("home").toString());
            Process reclaim = pb.start();
            CountDownLatch programming = new CountDownLatch(1);
            StringBuilder err = new StringBuilder();
            Thread stderr = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(reclaim.getErrorStream()))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        synchronized (err) {
                            err.append(line).append('\n');
                        }
                        if (line.startsWith("Step 2/")) {
                            programming.countDown();
                        }
                    }
                } catch (Exception ended) {
                    // the process is gone
                }
            });
            stderr.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(reclaim.getInputStream().readAllBytes());
                } catch (Exception e) {
                    return "";
                }
            });
            assertThat(programming.await(60, TimeUnit.SECONDS)).as("reached step 2: %s", err).isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(reclaim.pid())).start().waitFor();
            assertThat(reclaim.waitFor(120, TimeUnit.SECONDS)).isTrue();
            stderr.join(5000);

            assertThat(out.get(5, TimeUnit.SECONDS)).as("stderr: %s", err).contains("Wrote DCT2");
            assertThat(device.awaitBootloaderIdle(java.time.Duration.ofSeconds(5))).isTrue();
            DctImage after = DctImage.ofTwoSectors(dct(device));
            for (DctGeneration rule : DctGeneration.values()) {
                assertThat(after.currentAppDct(rule)).as("%s after Ctrl-C; stderr: %s", rule, err)
                        .contains(intended);
            }
        }
    }

    private static byte[] dct(SimulatedP1 device) {
        return device.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }
}

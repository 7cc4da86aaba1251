package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedCloudServer;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reclaim recover} over a socat pty (the UART bootloader client, Go to start the firmware, the log pty as a
 * witness) with the real HTTP client against the simulated cloud's API, the token from particle-cli's config.
 */
class RecoverOverPtyTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private PtySimulator sim;
    private SimulatedCloudServer api;
    private SimulatedCloud cloud;
    private String userHome;

    private void start(String scenario, Set<SimulatedCloudServer.Call> failing) throws Exception {
        System.setProperty("reclaim.home", dir.resolve("home").toString());
        userHome = System.getProperty("user.home");
        Path particle = Files.createDirectories(dir.resolve("user").resolve(".particle"));
        Files.writeString(particle.resolve("particle.config.json"), "{\"access_token\": \"" + TOKEN + "\"}");
        System.setProperty("user.home", dir.resolve("user").toString());
        cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load(scenario), SimulatorOptions.instant(), cloud);
        sim = PtySimulator.start(device, dir.resolve("p1"));
        api = SimulatedCloudServer.start(cloud, 0, TOKEN, failing);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
        if (sim != null) {
            sim.close();
        }
        System.clearProperty("reclaim.home");
        if (userHome != null) {
            System.setProperty("user.home", userHome);
        }
    }

    private CliRun recover(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("recover", "--via", "bootloader:" + sim.bootloaderPath(),
                "--mode", "8n1", "--log", sim.logPath().toString(), "--cloud", api.baseUrl().toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void keysRejectedIsRecoveredOverThePtyWithBothWitnesses() throws Exception {
        start("keys-rejected", Set.of());

        CliRun run = recover();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("seen by the device's log and the cloud");
        assertThat(cloud.device(deviceId()).orElseThrow().connected()).isTrue();
    }

    @Test
    void aCloudThatAnswers503ToRegistrationLeavesTheDctByteIdenticalAndExits1() throws Exception {
        start("keys-rejected", Set.of(SimulatedCloudServer.Call.REGISTER));
        mismatchThePublicKeySlot();
        byte[] before = dct();

        CliRun run = recover();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).contains("step 4 (Register the public key)").contains("HTTP 503");
        assertThat(run.out()).contains("Recover keys: register_failed");
        assertThat(dct()).isEqualTo(before);
    }

    @Test
    void aCableCutAfterRegistrationIsFinishedByResume() throws Exception {
        start("keys-rejected", Set.of());
        mismatchThePublicKeySlot();
        String id = deviceId();
        Optional<RsaPublicKey> known = cloud.registeredKey(id);
        // The cut: once the cloud holds the new key, the device is held in reset (the link goes dead mid-run).
        Thread cutter = new Thread(() -> {
            while (cloud.registeredKey(id).equals(known)) {
                Thread.onSpinWait();
            }
            sim.device().setNrst(false);
        });
        cutter.start();

        CliRun cut = recover();
        cutter.join(10_000);

        assertThat(cut.exitCode()).as(cut.out() + cut.err()).isEqualTo(1);
        assertThat(cut.out()).contains("Recover keys: write_failed");
        assertThat(cut.err()).contains("--resume");
        assertThat(Files.list(dir.resolve("home").resolve("pending-keys"))).hasSize(1);

        sim.device().setNrst(true); // the cable is back
        CliRun resumed = recover("--resume");

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("continuing with the key kept from an interrupted run")
                .contains("handshake_completed");
        assertThat(Files.list(dir.resolve("home").resolve("pending-keys"))).isEmpty();
    }

    /** A DCT whose public key slot does not pair with the private key: recover must make a new pair. */
    private void mismatchThePublicKeySlot() throws Exception {
        DctImage image = DctImage.ofTwoSectors(dct());
        AppDct app = image.currentAppDct(DctGeneration.LEGACY).orElseThrow();
        byte[] edited = DctWriter.applyEdits(app.bytes(), List.of(DctEdits.photonP1().blank("device_public_key")));
        sim.device().chip().flash().load(Stm32F2.DCT_ADDRESS,
                DctWriter.newImage(new AppDct(edited), DctGeneration.LEGACY));
    }

    private String deviceId() {
        return sim.device().chip().deviceId();
    }

    private byte[] dct() {
        return sim.device().chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }
}

package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.Stm32F2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The claim code as the simulated firmware handles it (reference §0): sent after a completed handshake while byte 0
 * is not NUL, the device claimed by the code's account, and on the acknowledgement byte 0 cleared and
 * {@code claimed} set to '1' by the firmware's own DCT writes.
 */
class ClaimCodeSimTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private static byte[] dct(SimulatedP1 device) {
        return device.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }

    private static AppDct current(SimulatedP1 device) {
        return DctImage.ofTwoSectors(dct(device)).currentAppDct(DctGeneration.VERSIONED).orElseThrow();
    }

    /** Puts {@code code} into the powered-off device's DCT with {@code claimed} cleared, as a setup tool does. */
    private static void pendingCode(SimulatedP1 device, String code) throws Exception {
        DctEdits edits = DctEdits.photonP1();
        byte[] image = DctWriter.plan(dct(device), List.of(edits.parse("claim_code", code),
                edits.parse("claimed", "false"))).apply(dct(device));
        device.chip().flash().load(Stm32F2.DCT_ADDRESS, image);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s: %s", DEADLINE, what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aPendingCodeIsSentAfterTheHandshakeAndTheFirmwareMarksItselfClaimedOnTheAcknowledgement() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(), cloud);
        String id = device.chip().deviceId();
        cloud.unclaim(id);
        String code = cloud.createClaimCode("qa@example.com");
        pendingCode(device, code);
        assertThat(current(device).slot(current(device).layout().field("claimed"))).containsExactly(0);

        try (InProcessSimulator sim = InProcessSimulator.start(device, cloud, "healthy")) {
            await(() -> "qa@example.com".equals(cloud.device(id).orElseThrow().owner()), "claimed by the code's account");
            await(() -> current(device).slot(current(device).layout().field("claimed"))[0] == '1',
                    "claimed written as '1'");
            AppDct after = current(device);
            byte[] codeSlot = after.slot(after.layout().field("claim_code"));
            assertThat(codeSlot[0]).as("byte 0 cleared").isZero();
            // only byte 0 is cleared, as HAL_Set_Claim_Code(NULL) does; the rest of the code stays
            assertThat(new String(codeSlot, 1, code.length() - 1, StandardCharsets.US_ASCII))
                    .isEqualTo(code.substring(1));
            assertThat(cloud.device(id).orElseThrow().connected()).isTrue();
        }
        // the code is used up: a second device sending it is not claimed
        assertThat(cloud.claimCodeReceived(id, code)).isFalse();
    }

    @Test
    void aCodeTheCloudNeverMadeIsNotAcknowledgedAndStaysPending() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(), cloud);
        String id = device.chip().deviceId();
        cloud.unclaim(id);
        pendingCode(device, "not-a-code-the-cloud-made");
        byte[] before = dct(device);
        try (InProcessSimulator sim = InProcessSimulator.start(device, cloud, "healthy")) {
            await(() -> cloud.device(id).orElseThrow().connected(), "handshake completed");
            Thread.sleep(200); // an acknowledgement would be written right after the handshake
            assertThat(cloud.device(id).orElseThrow().owner()).isNull();
            assertThat(dct(device)).as("the firmware wrote nothing").isEqualTo(before);
        }
    }

    @Test
    void aDeviceWhoseHandshakeFailsSendsNoCode() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("keys-rejected"), SimulatorOptions.instant(),
                cloud);
        String id = device.chip().deviceId();
        cloud.unclaim(id);
        pendingCode(device, cloud.createClaimCode(SimulatedCloud.ACCOUNT));
        byte[] before = dct(device);
        try (InProcessSimulator sim = InProcessSimulator.start(device, cloud, "keys-rejected")) {
            assertThat(SimulatorLogs.drain(sim)).contains("Unable to receive key -19");
            assertThat(cloud.device(id).orElseThrow().owner()).isNull();
            assertThat(Arrays.equals(dct(device), before)).isTrue();
        }
    }

    @Test
    void aDeviceOwnedByAnotherAccountIsNotTakenByACode() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(), cloud);
        String id = device.chip().deviceId();
        cloud.claim(id, "someone-else@example.com");
        String code = cloud.createClaimCode(SimulatedCloud.ACCOUNT);
        assertThat(cloud.claimCodeReceived(id, code)).isFalse();
        assertThat(cloud.device(id).orElseThrow().owner()).isEqualTo("someone-else@example.com");
    }
}

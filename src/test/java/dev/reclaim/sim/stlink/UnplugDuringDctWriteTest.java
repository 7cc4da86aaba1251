package dev.reclaim.sim.stlink;

import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWritePlan;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.link.LinkClosedException;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.SafeDctWrite;
import dev.reclaim.workflow.WriteApproval;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulls the ST-Link's cable after the k-th USB transfer of a safe DCT write, for every k the write takes, and shows
 * the simulated P1 then selects, under both firmware rules, the complete old application DCT or the complete new
 * one. A data phase cut by the unplug reaches the flash halfway, the harder case.
 */
class UnplugDuringDctWriteTest {
    private static final byte[] BEFORE = image(versioned(5).healthy(), versioned(4).retired().healthy());

    @TempDir
    Path home;

    @Test
    void everyUnplugLeavesTheOldOrTheNewDct() throws Exception {
        DctWritePlan plan = DctWriter.plan(BEFORE, DctEdits.photonP1().parse(List.of(
                "server_address=cloud.example.com:5683", "claim_code=" + "C".repeat(63))));
        AppDct oldApp = DctImage.ofTwoSectors(BEFORE).currentAppDct(DctGeneration.VERSIONED).orElseThrow();
        AppDct newApp = DctImage.ofTwoSectors(plan.expectedImage()).currentAppDct(DctGeneration.VERSIONED)
                .orElseThrow();

        SimulatedProbe complete = device();
        SimulatedStLink healthy = complete.plug();
        write(newApp, healthy, complete);
        int total = healthy.transfers();
        assertThat(dct(complete)).isEqualTo(plan.expectedImage());

        int changedFlash = 0;
        for (int k = 0; k < total; k++) {
            SimulatedProbe sim = device();
            try {
                write(newApp, sim.plug(ProbeFaults.none().unplugAfter(k)), sim);
                // Only the last transfers (resume, reset, leave debug mode) may be lost without an error.
                assertThat(dct(sim)).as("unplug after %d of %d transfers went unnoticed", k, total)
                        .isEqualTo(plan.expectedImage());
            } catch (LinkClosedException expected) {
                // the write stopped here; what matters is what the device selects now
            }
            DctImage after = DctImage.ofTwoSectors(dct(sim));
            for (DctGeneration rule : DctGeneration.values()) {
                Optional<AppDct> selected = after.currentAppDct(rule);
                assertThat(selected).as("unplugged after transfer %d of %d: %s lost the DCT", k, total, rule)
                        .isPresent();
                assertThat(selected.get().equals(oldApp) || selected.get().equals(newApp))
                        .as("unplugged after transfer %d of %d: %s selects neither the old nor the new DCT", k,
                                total, rule).isTrue();
            }
            if (!Arrays.equals(dct(sim), BEFORE)) {
                changedFlash++;
            }
        }
        assertThat(changedFlash).as("cuts that fell inside the flash changes").isGreaterThan(total / 3);
    }

    private static SimulatedProbe device() {
        SimulatedProbe sim = new SimulatedProbe(FlashTiming.DATASHEET, false);
        sim.chip.flash().load(Stm32F2.DCT_ADDRESS, BEFORE);
        return sim;
    }

    /**
     * The workflow's safe write (backup, new copy, every step read back, old copy retired) over the ST-Link; forced,
     * because the fixture DCT carries another device's ID.
     */
    private void write(AppDct newApp, SimulatedStLink probe, SimulatedProbe sim) throws Exception {
        try (GuardedFlashTarget target = GuardedFlashTarget.dctOnly(StLinkFlashTarget.connect(probe, sim.clock,
                1800))) {
            new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                    Cancellation.none()).write(newApp, List.of(), WriteApproval.FORCE);
        }
    }

    private static byte[] dct(SimulatedProbe sim) {
        return sim.chip.flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }
}

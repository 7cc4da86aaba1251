package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.workflow.PulledCable.Boots;
import dev.reclaim.workflow.PulledCable.Boundary;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulls the cable after byte k of a safe DCT write and checks that the device still boots with a complete DCT,
 * the old one or the new one, under both firmware rules. Sampled here (every stage boundary ±2 bytes, every 7th
 * byte of the header, version and retire steps, a stride through the long ones); {@link FaultSweep} runs every k.
 */
class SafeDctWriteFaultTest {
    @TempDir
    Path home;

    @Test
    void aPulledCableAtAnySampledByteLeavesTheOldOrTheNewDctNeverNeither() throws Exception {
        PulledCable cable = new PulledCable(new WriteRig(), home);
        List<Boundary> boundaries = cable.measure();
        TreeSet<Long> ks = samples(boundaries);
        int[] seen = new int[Boots.values().length];
        for (long k : ks) {
            // The rules may differ (between "new copy complete" and "old copy retired" firmware <=0.6 still takes
            // DCT1, the old one); each must find a complete DCT.
            for (Boots b : cable.cutAfter(k)) {
                assertThat(b).as("cable pulled after byte %d", k).isNotEqualTo(Boots.NEITHER);
                seen[b.ordinal()]++;
            }
        }
        assertThat(seen[Boots.OLD.ordinal()]).as("cuts before the new copy completed").isPositive();
        assertThat(seen[Boots.NEW.ordinal()]).as("cuts after it").isPositive();
    }

    @Test
    void rerunningTheWriteAfterACutAtAnyStageEndsWithBothFirmwareRulesOnTheNewCopy() throws Exception {
        PulledCable cable = new PulledCable(new WriteRig(), home);
        List<Boundary> boundaries = cable.measure();
        TreeSet<Long> ks = new TreeSet<>();
        for (Boundary b : boundaries) {
            for (long k = b.byteOffset() - 1; k <= b.byteOffset() + 3; k += 2) {
                ks.add(k);
            }
        }
        ks.removeIf(k -> k < 1);
        for (long k : ks) {
            assertThat(cable.cutThenRerun(k)).as("re-run after a cut after byte %d", k)
                    .containsOnly(Boots.NEW);
        }
    }

    @Test
    void aCutWriteSaysWhichStepItReachedWhatEachFirmwareBootsWhereTheBackupIsAndHowToFinishOrUndo() throws Exception {
        PulledCable cable = new PulledCable(new WriteRig(), home);
        List<Boundary> boundaries = cable.measure();
        Boundary markComplete = boundaries.stream().filter(b -> b.stage().startsWith("Step 5/7")).findFirst()
                .orElseThrow();
        String message = cable.failureAfter(markComplete.byteOffset() + 3);
        assertThat(message).contains("The write stopped at step 5/7 (mark DCT2 complete")
                .contains("firmware 0.6 and older boots DCT1").contains("DCT1 or DCT2 (depending on how much")
                .contains("backed up in " + home.resolve("backups")).contains("run the same write-dct again")
                .contains("reclaim device write-dct --via SPEC " + home.resolve("backups"));
    }

    static TreeSet<Long> samples(List<Boundary> boundaries) {
        TreeSet<Long> ks = new TreeSet<>();
        long end = boundaries.get(boundaries.size() - 1).byteOffset();
        for (int i = 0; i < boundaries.size(); i++) {
            long from = boundaries.get(i).byteOffset();
            long to = i + 1 < boundaries.size() ? boundaries.get(i + 1).byteOffset() : end + 1;
            for (long k = from - 2; k <= from + 2; k++) {
                ks.add(k);
            }
            long stride = to - from < 500 ? 7 : to - from < 2000 ? 97 : 499;
            for (long k = from; k < to; k += stride) {
                ks.add(k);
            }
        }
        ks.removeIf(k -> k < 1 || k > end + 2);
        return ks;
    }
}

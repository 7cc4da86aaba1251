package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byte-flipping relay between the client and the simulated P1: one byte the device sends is changed, at sampled
 * points through the whole write (the backup reads, every read-back, the final check); {@link FaultSweep} flips
 * every byte. Nothing unverified may reach the backup or the new copy.
 */
class FlippedReadTest {
    @TempDir
    Path home;

    @Test
    void aFlippedByteAnywhereInAReadNeverReachesTheBackupOrTheNewCopy() throws Exception {
        FlippedRead relay = new FlippedRead(new WriteRig(), home);
        long total = relay.measure();
        int written = 0;
        // Inside the first backup read, the second, and then through the writes' read-backs and the final check.
        for (long k : new long[] {100, 5_000, 20_000, 32_000, 40_000, 60_000, 70_000, total - 5_000, total - 10}) {
            if (k > 0 && k <= total && relay.flipAt(k) == FlippedRead.Ending.WRITTEN) {
                written++;
            }
        }
        assertThat(written).as("writes that recovered from the flipped byte").isPositive();
    }
}

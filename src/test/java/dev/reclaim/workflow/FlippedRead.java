package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.sim.SimulatedP1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs the safe DCT write with one byte the device sends flipped on the way and checks that nothing unverified was
 * written: the backup is the DCT as it really was, and the device holds exactly the planned image — or, when the
 * write gave up, a complete old or new DCT under both rules. Shared by the test (sampled bytes) and the sweep.
 */
final class FlippedRead {
    /** How a run with a flipped byte ended. */
    enum Ending { WRITTEN, GAVE_UP }

    private final WriteRig rig;
    private final Path home;
    private final byte[] original;
    private final byte[] planned;

    FlippedRead(WriteRig rig, Path home) {
        this.rig = rig;
        this.home = home;
        this.original = WriteRig.dct(rig.freshDevice());
        this.planned = DctWriter.plan(original, rig.newApp).expectedImage();
    }

    /** Bytes the device sends in an undisturbed run. */
    long measure() throws Exception {
        return run(Long.MAX_VALUE).received;
    }

    /** Flips byte {@code k} of what the device sends; throws AssertionError if anything unverified got written. */
    Ending flipAt(long k) throws Exception {
        Run r = run(k);
        if (r.backup != null) {
            assertThat(Files.readAllBytes(r.backup)).as("backup with byte %d flipped", k).isEqualTo(original);
        }
        if (r.failure == null) {
            assertThat(r.dct).as("device after a write with byte %d flipped", k).isEqualTo(planned);
            return Ending.WRITTEN;
        }
        DctImage dct = DctImage.ofTwoSectors(r.dct);
        for (DctGeneration rule : DctGeneration.values()) {
            Optional<AppDct> app = dct.currentAppDct(rule);
            assertThat(app.isPresent() && (app.get().equals(rig.oldApp) || app.get().equals(rig.newApp)))
                    .as("byte %d flipped, the write gave up (%s): %s boots the old or the new DCT", k,
                            r.failure.getMessage(), rule).isTrue();
        }
        return Ending.GAVE_UP;
    }

    private record Run(long received, Path backup, IOException failure, byte[] dct) {
    }

    private Run run(long k) throws Exception {
        SimulatedP1 device = rig.freshDevice();
        Path runHome = Files.createTempDirectory(home, "run");
        try {
            FlippingLink link = new FlippingLink(device.connectInProcess().bootloaderUart(), k);
            device.powerOn(true);
            Path backup = null;
            IOException failure = null;
            try (GuardedFlashTarget target = WriteRig.open(link)) {
                backup = new SafeDctWrite(target, new BackupStore(runHome, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(rig.newApp).backup();
            } catch (IOException e) {
                failure = e;
                try (var files = Files.walk(runHome)) {
                    backup = files.filter(p -> p.toString().endsWith("-dct.bin")).findFirst().orElse(null);
                }
            }
            assertThat(device.awaitBootloaderIdle(Duration.ofSeconds(5))).isTrue();
            return new Run(link.received(), backup, failure, WriteRig.dct(device));
        } finally {
            device.close();
        }
    }
}

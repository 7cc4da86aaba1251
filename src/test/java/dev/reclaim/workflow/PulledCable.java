package dev.reclaim.workflow;

import dev.reclaim.progress.Cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the safe DCT write with the cable pulled after byte k and reports what the device would boot with. Shared
 * by the fault-injection test (sampled k) and the sweep main (every k).
 */
final class PulledCable {
    /** Where each stage of an uncut run begins, in bytes the host has sent. */
    record Boundary(String stage, long byteOffset) {
    }

    /** What the device selects after the cut, under one firmware rule. */
    enum Boots { OLD, NEW, NEITHER }

    private final WriteRig rig;
    private final Path home;
    private int failuresWithoutCut;

    PulledCable(WriteRig rig, Path home) {
        this.rig = rig;
        this.home = home;
    }

    /** An uncut run: total bytes sent and where each stage began. */
    List<Boundary> measure() throws Exception {
        List<Boundary> boundaries = new ArrayList<>(List.of(new Boundary("Connecting and identifying", 0)));
        SimulatedP1 device = rig.freshDevice();
        try {
            CuttingLink link = CuttingLink.counting(device.connectInProcess().bootloaderUart());
            device.powerOn(true);
            try (GuardedFlashTarget target = WriteRig.open(link)) {
                ProgressListener recorder = new ProgressListener() {
                    @Override
                    public void progress(long done, long total) {
                    }

                    @Override
                    public void stage(String description) {
                        boundaries.add(new Boundary(description, link.sent()));
                    }
                };
                new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), recorder, Cancellation.none())
                        .write(rig.newApp);
            }
            boundaries.add(new Boundary("end", link.sent()));
            return boundaries;
        } finally {
            device.close();
        }
    }

    /** Pulls the cable after byte {@code k}; returns what each firmware rule then selects. */
    Boots[] cutAfter(long k) throws Exception {
        return boots(WriteRig.dctOf(cut(k)));
    }

    /**
     * Pulls the cable after byte {@code k}, then, on the device as the cut left it (powered up again), runs the same
     * write once more without a cut; returns what each firmware rule then selects (it must be NEW for both).
     */
    Boots[] cutThenRerun(long k) throws Exception {
        SimulatedP1 device = rig.deviceWith(cut(k));
        try {
            ByteLink link = device.connectInProcess().bootloaderUart();
            device.powerOn(true);
            try (GuardedFlashTarget target = WriteRig.open(link)) {
                new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(rig.newApp);
            }
            return boots(WriteRig.dct(device));
        } finally {
            device.close();
        }
    }

    /** The message of a write cut after byte {@code k} (null if it did not fail). */
    String failureAfter(long k) throws Exception {
        SimulatedP1 device = rig.freshDevice();
        try {
            CuttingLink link = new CuttingLink(device.connectInProcess().bootloaderUart(), k);
            device.powerOn(true);
            try (GuardedFlashTarget target = WriteRig.open(link)) {
                new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(rig.newApp);
                return null;
            } catch (IOException stopped) {
                return stopped.getMessage();
            }
        } finally {
            device.close();
        }
    }

    /** The whole flash after the cable was pulled after byte {@code k}. */
    private byte[] cut(long k) throws Exception {
        SimulatedP1 device = rig.freshDevice();
        try {
            CuttingLink link = new CuttingLink(device.connectInProcess().bootloaderUart(), k);
            device.powerOn(true);
            try (GuardedFlashTarget target = WriteRig.open(link)) {
                new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(rig.newApp);
            } catch (IOException stopped) {
                // A write that gave up for another reason (a timeout on a starved machine) must be as safe.
                if (!link.wasCut()) {
                    failuresWithoutCut++;
                }
            }
            // Let the device finish whatever the bytes it did receive asked for.
            assertThat(device.awaitBootloaderIdle(Duration.ofSeconds(5))).isTrue();
            return device.chip().flash().snapshot();
        } finally {
            device.close();
        }
    }

    private Boots[] boots(byte[] dctSectors) {
        DctImage dct = DctImage.ofTwoSectors(dctSectors);
        Boots[] result = new Boots[DctGeneration.values().length];
        for (DctGeneration rule : DctGeneration.values()) {
            result[rule.ordinal()] = classify(dct.currentAppDct(rule));
        }
        return result;
    }

    /** Runs that stopped with an error other than the pulled cable. */
    int failuresWithoutCut() {
        return failuresWithoutCut;
    }

    private Boots classify(Optional<AppDct> app) {
        if (app.isEmpty()) {
            return Boots.NEITHER;
        }
        if (app.get().equals(rig.oldApp)) {
            return Boots.OLD;
        }
        return app.get().equals(rig.newApp) ? Boots.NEW : Boots.NEITHER;
    }
}

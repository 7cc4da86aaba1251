package dev.reclaim.bench;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.Stm32F205;
import dev.reclaim.sim.SyntheticFirmware;
import dev.reclaim.sim.stlink.ProbeFaults;
import dev.reclaim.sim.stlink.ProbeTiming;
import dev.reclaim.sim.stlink.SimulatedDebugTarget;
import dev.reclaim.sim.stlink.SimulatedStLink;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.VirtualClock;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.SafeDctWrite;
import dev.reclaim.workflow.WriteApproval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long rewriting one DCT copy (erase a 16 KiB sector, program 16 KiB, read it back) takes through the ST-Link
 * client on the simulated probe with realistic timing: ST-Link/V2 on full-speed USB, SWD at 1.8 MHz, datasheet x32
 * flash times (16 KiB erase 250 ms, 16 µs per word). Runs in real time (the simulator sleeps what the hardware would
 * take) and in virtual time (the model alone, no JVM overhead), and counts USB transfers.
 *
 * <p>Run: {@code mvn -q -o -DskipTests package && java -cp target/reclaim.jar:target/test-classes
 * dev.reclaim.bench.StLinkDctWriteBench} (the jar holds every dependency; test-classes holds this class).
 */
public final class StLinkDctWriteBench {
    private static final long DCT2 = 0x0800_8000L;
    private static final int COPY = 16 * 1024;
    private static final int RUNS = 7;

    private StLinkDctWriteBench() {
    }

    public static void main(String[] args) throws IOException {
        byte[] copy = new byte[COPY];
        new Random(1).nextBytes(copy);

        double swdMillis = 4096 * 46 / 1800.0;
        double programMillis = 4096 * 0.016;
        double bound = 250 + Math.max(swdMillis, programMillis);
        System.out.printf("physical lower bound: erase 250 ms + max(SWD %.1f ms @1.8 MHz, program %.1f ms) = %.1f ms"
                + " (reference ~330 ms; 1.5x = %.0f ms)%n", swdMillis, programMillis, bound, 1.5 * 330);

        run("virtual time", new VirtualClock());
        long[] wall = new long[RUNS];
        Result last = null;
        for (int i = 0; i < RUNS; i++) {
            last = rewrite(DeviceClock.SYSTEM, copy);
            wall[i] = last.rewriteNanos;
        }
        Arrays.sort(wall);
        System.out.printf("real time, %d runs: rewrite (erase+program) min %.1f ms, median %.1f ms, max %.1f ms;"
                + " verify read %.1f ms%n", RUNS, wall[0] / 1e6, wall[RUNS / 2] / 1e6, wall[RUNS - 1] / 1e6,
                last.verifyNanos / 1e6);
        System.out.printf("median / bound = %.2f; median / reference 330 ms = %.2f%n", wall[RUNS / 2] / 1e6 / bound,
                wall[RUNS / 2] / 1e6 / 330);
        System.out.printf("USB transfers: erase %d, program 16 KiB %d, verify read 16 KiB %d%n", last.eraseTransfers,
                last.programTransfers, last.readTransfers);
        System.out.println("minimum for 16 KiB of data: 4 WRITEMEM_32BIT of 4 KiB x (command + data + status command"
                + " + status reply) = 16; 4 READMEM_32BIT x (command + data + status command + status reply) = 16");
        safeWrite();
    }

    /** The whole workflow over the ST-Link: backup, 7 plan steps each read back, final check. */
    private static void safeWrite() throws IOException {
        byte[] before = TestDcts.image(TestDcts.versioned(5).healthy(), TestDcts.versioned(4).retired().healthy());
        AppDct newApp;
        try {
            newApp = DctImage.ofTwoSectors(DctWriter.plan(before, DctEdits.photonP1().parse(List.of(
                    "server_address=device.spark.io:5683"))).expectedImage())
                    .currentAppDct(DctGeneration.VERSIONED).orElseThrow();
        } catch (InvalidValueException e) {
            throw new IllegalStateException(e);
        }
        Path home = Files.createTempDirectory("reclaim-bench");
        Stm32F205 chip = new Stm32F205(new byte[12], 0x33);
        chip.flash().load(Stm32F2.DCT_ADDRESS, before);
        SimulatedStLink probe = new SimulatedStLink(new SimulatedDebugTarget(chip, FlashTiming.DATASHEET,
                DeviceClock.SYSTEM, () -> { }), ProbeTiming.FULL_SPEED, ProbeFaults.none(), DeviceClock.SYSTEM, "b");
        long start = System.nanoTime();
        try (GuardedFlashTarget target = GuardedFlashTarget.dctOnly(StLinkFlashTarget.connect(probe,
                DeviceClock.SYSTEM, 1800))) {
            new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                    Cancellation.none()).write(newApp, List.of(), WriteApproval.FORCE);
        } catch (CancelledException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("safe DCT write (connect, 32 KiB backup, erase + 16 KiB new copy, every step read back,"
                + " old copy retired, 32 KiB final check): %.0f ms, %d USB transfers%n",
                (System.nanoTime() - start) / 1e6, probe.transfers());
    }

    private static void run(String label, VirtualClock clock) throws IOException {
        byte[] copy = new byte[COPY];
        new Random(1).nextBytes(copy);
        Result r = rewrite(clock, copy);
        System.out.printf("%s: rewrite (erase+program) %.1f ms, verify read %.1f ms%n", label, r.rewriteNanos / 1e6,
                r.verifyNanos / 1e6);
    }

    private record Result(long rewriteNanos, long verifyNanos, int eraseTransfers, int programTransfers,
                          int readTransfers) {
    }

    private static Result rewrite(DeviceClock clock, byte[] copy) throws IOException {
        Stm32F205 chip = new Stm32F205(new byte[12], 0x33);
        SyntheticFirmware.load(chip.flash());
        SimulatedDebugTarget target = new SimulatedDebugTarget(chip, FlashTiming.DATASHEET, clock, () -> { });
        SimulatedStLink probe = new SimulatedStLink(target, ProbeTiming.FULL_SPEED, ProbeFaults.none(), clock,
                "simulated ST-Link/V2");
        try (StLinkFlashTarget stlink = StLinkFlashTarget.connect(probe, clock, 1800)) {
            int t0 = probe.transfers();
            long start = clock.nanoTime();
            stlink.eraseSectors(List.of(2), ProgressListener.NONE);
            int t1 = probe.transfers();
            stlink.write(DCT2, copy, ProgressListener.NONE);
            long written = clock.nanoTime();
            int t2 = probe.transfers();
            byte[] back = stlink.read(DCT2, COPY, ProgressListener.NONE);
            long verified = clock.nanoTime();
            int t3 = probe.transfers();
            if (!Arrays.equals(back, copy)) {
                throw new IllegalStateException("read-back differs");
            }
            return new Result(written - start, verified - written, t1 - t0, t2 - t1, t3 - t2);
        }
    }
}

package dev.reclaim.bench;

import dev.reclaim.link.SerialLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.Stm32F2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reading both DCT sectors (32 KiB) from the simulator paced at 115200 8E1 over a pty: Reclaim's client and
 * stm32flash side by side, against the wire limit. After {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<jSerialComm, Jackson, Bouncy Castle jars>
 * dev.reclaim.bench.DctReadBench [rounds]}.
 */
public final class DctReadBench {
    private static final int BAUD = 115200;
    private static final int BLOCKS = Stm32F2.DCT_LENGTH / 256;
    /** Per 256-byte block: 11 EE / ACK, 5 address bytes / ACK, N ~N / ACK, 256 data bytes. */
    private static final int CHARS_PER_BLOCK = 2 + 1 + 5 + 1 + 2 + 1 + 256;

    private DctReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double charsPerSecond = SerialSettings.bootloader(BAUD).bytesPerSecond();
        double wireLimit = BLOCKS * CHARS_PER_BLOCK / charsPerSecond;
        System.out.printf("Wire limit for 32 KiB at %d 8E1: %d blocks x %d chars / %.1f chars/s = %.3f s%n",
                BAUD, BLOCKS, CHARS_PER_BLOCK, charsPerSecond, wireLimit);
        Path dir = Files.createTempDirectory("reclaim-bench");
        SimulatorOptions paced = SimulatorOptions.instant().withPacing(true, BAUD);
        double[] ours = new double[rounds];
        double[] oursTotal = new double[rounds];
        double[] theirs = new double[rounds];
        try (PtySimulator sim = PtySimulator.start(
                SimulatedDevices.create(Scenarios.load("healthy"), paced, SimulatedCloud.particle()), dir.resolve("p1"))) {
            String pty = sim.bootloaderPath().toString();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                // 8N1 on the pty (ptys drop parity); the simulator paces as 8E1 regardless.
                try (BootloaderTarget target = BootloaderTarget.open(SerialLink.open(pty, SerialSettings.log(BAUD)),
                        ModemLineSequence.NONE, BootloaderTimeouts.forByteRate(charsPerSecond))) {
                    long t1 = System.nanoTime();
                    target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, ProgressListener.NONE);
                    long t2 = System.nanoTime();
                    ours[r] = (t2 - t1) / 1e9;
                    oursTotal[r] = (t2 - t0) / 1e9;
                }
                Path out = dir.resolve("dct-" + r + ".bin");
                long s0 = System.nanoTime();
                Process p = new ProcessBuilder("stm32flash", "-m", "8n1", "-b", Integer.toString(BAUD),
                        "-r", out.toString(), "-S", "0x08004000:32768", pty)
                        .redirectErrorStream(true).redirectOutput(dir.resolve("stm32flash.log").toFile()).start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("stm32flash failed: " + Files.readString(dir.resolve("stm32flash.log")));
                }
                theirs[r] = (System.nanoTime() - s0) / 1e9;
                System.out.printf("round %d: Reclaim read %.3f s (%.3f s with connect), stm32flash %.3f s (process)%n",
                        r + 1, ours[r], oursTotal[r], theirs[r]);
            }
        }
        double ourMedian = median(ours);
        double ourTotalMedian = median(oursTotal);
        double theirMedian = median(theirs);
        System.out.printf("Median: Reclaim read %.3f s = %.3fx wire limit (%.3f s with connect); stm32flash %.3f s"
                + " = %.3fx wire limit%n", ourMedian, ourMedian / wireLimit, ourTotalMedian, theirMedian,
                theirMedian / wireLimit);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

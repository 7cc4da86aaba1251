package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctCrc;
import dev.reclaim.dct.write.DctWritePlan;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.dct.write.FlashStep;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.ForwardingFlashTarget;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import dev.reclaim.link.ByteLink;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.sim.SimulatedP1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the safe DCT write sends and reads over the link, which is its time over a UART at 115200: no block of
 * 0xFF is programmed, the DCT is not read again after the steps' own read-backs, and an erased sector or a copy whose
 * CRC vouches for it is read once — yet a flipped byte in that one read still never reaches the backup.
 */
class SafeDctWriteTrafficTest {
    private static final int DCT = 2 * 0x4000;
    private static WriteRig rig;
    /** The flash after two writes: both DCT copies carry a CRC (one current, one retired). */
    private static byte[] bothWithCrc;

    @TempDir
    Path home;

    @BeforeAll
    static void makeRig() throws Exception {
        rig = new WriteRig();
        Path scratch = Files.createTempDirectory("traffic");
        byte[] once = writeOn(rig.flash, rig.newApp, scratch);
        bothWithCrc = writeOn(once, rig.oldApp, scratch);
    }

    private static byte[] writeOn(byte[] flash, AppDct app, Path home) throws Exception {
        try (SimulatedP1 device = rig.deviceWith(flash)) {
            try (GuardedFlashTarget target = open(device, link -> link, t -> t)) {
                new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(app);
            }
            device.awaitBootloaderIdle(Duration.ofSeconds(5));
            return device.chip().flash().snapshot();
        }
    }

    private static GuardedFlashTarget open(SimulatedP1 device, UnaryOperator<ByteLink> relay,
                                           UnaryOperator<FlashTarget> wrap) throws IOException {
        ByteLink host = relay.apply(device.connectInProcess().bootloaderUart());
        device.powerOn(true);
        return GuardedFlashTarget.dctOnly(wrap.apply(BootloaderTarget.open(host, ModemLineSequence.NONE,
                WriteRig.TIMEOUTS)));
    }

    /** Counts the bytes read and programmed through a flash target. */
    private static final class Counting extends ForwardingFlashTarget {
        long read;
        long programmed;

        Counting(FlashTarget target) {
            super(target);
        }

        @Override
        public byte[] read(long address, int length, ProgressListener progress) throws IOException {
            read += length;
            return super.read(address, length, progress);
        }

        @Override
        public void write(long address, byte[] data, ProgressListener progress) throws IOException {
            programmed += data.length;
            super.write(address, data, progress);
        }
    }

    @Test
    void aWriteProgramsNoBlankBlockAndReadsEachStepBackOnceWithoutReadingTheDctAgain() throws Exception {
        byte[] before = WriteRig.dct(rig.freshDevice());
        DctWritePlan plan = DctWriter.plan(before, rig.newApp);
        long planned = 0;
        long nonBlank = 0;
        for (FlashStep step : plan.steps()) {
            if (step instanceof FlashStep.Program p) {
                planned += p.length();
                nonBlank += nonBlankBlockBytes(p);
            }
        }
        Counting counting;
        SafeDctWrite.Outcome outcome;
        try (SimulatedP1 device = rig.freshDevice()) {
            Counting[] holder = new Counting[1];
            try (GuardedFlashTarget target = open(device, link -> link, t -> holder[0] = new Counting(t))) {
                outcome = new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).write(rig.newApp);
            }
            counting = holder[0];
            device.awaitBootloaderIdle(Duration.ofSeconds(5));
            assertThat(WriteRig.dct(device)).isEqualTo(plan.expectedImage());
        }
        assertThat(nonBlank).as("the plan has blank blocks to skip").isLessThan(planned);
        assertThat(counting.programmed).isEqualTo(nonBlank);
        // DCT1 has no CRC (written by firmware 0.6), so it is read twice; DCT2 is erased and read once. Then each
        // program step is read back whole; the erase is proven by the program steps' read-backs of its sector.
        assertThat(Arrays.copyOfRange(before, DCT / 2, DCT)).containsOnly((byte) 0xFF);
        assertThat(counting.read).isEqualTo(DCT + DCT / 2 + planned);
        assertThat(outcome.verified()).isEqualTo(plan.expectedImage());
    }

    private static long nonBlankBlockBytes(FlashStep.Program p) {
        byte[] bytes = p.bytes();
        long count = 0;
        long address = p.address();
        for (int at = 0; at < bytes.length; ) {
            int end = (int) Math.min(bytes.length, (address + at) / 256 * 256 + 256 - address);
            boolean blank = true;
            for (int i = at; i < end; i++) {
                blank &= bytes[i] == (byte) 0xFF;
            }
            count += blank ? 0 : end - at;
            at = end;
        }
        return count;
    }

    @Test
    void copiesWhoseCrcVouchesForThemAreBackedUpWithOneReadAndTheBytesTheCrcLeavesOut() throws Exception {
        byte[] dct = WriteRig.dctOf(bothWithCrc);
        assertThat(DctCrc.vouchesFor(dct, 0)).isTrue();
        assertThat(DctCrc.vouchesFor(dct, 0x4000)).isTrue();
        try (SimulatedP1 device = rig.deviceWith(bothWithCrc)) {
            Counting[] holder = new Counting[1];
            SafeDctWrite.Backup backup;
            try (GuardedFlashTarget target = open(device, link -> link, t -> holder[0] = new Counting(t))) {
                backup = new SafeDctWrite(target, new BackupStore(home, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).backUp("test");
            }
            assertThat(backup.dct()).isEqualTo(dct);
            assertThat(holder[0].read).isEqualTo(DCT + 2 * (16 + 16));
        }
    }

    @Test
    void aFlippedByteInTheOneReadOfCopiesWithACrcNeverReachesTheBackup() throws Exception {
        byte[] dct = WriteRig.dctOf(bothWithCrc);
        long total = backUpFlipping(Long.MAX_VALUE, Files.createTempDirectory(home, "measure"));
        // In DCT1's header and body, in DCT2, and in the second reads of the bytes the CRC leaves out (at the end).
        // The DCT is read in 256-byte Read Memory commands, each answered by three ACKs and then its data.
        long data = opened() + 3;
        long dct2 = data + 64 * 259;
        int flipsSaved = 0;
        // is_current_dct and write_incomplete of both copies (outside the CRC), initial_write of DCT2, bytes under
        // the CRC, and the second reads of the bytes the CRC leaves out (at the end).
        for (long k : new long[] {data + 10, data + 9, dct2 + 10, dct2 + 9, dct2 + 63 * 259 + 241, 2_000, 20_000,
                total - 70, total - 40, total - 10}) {
            Path runHome = Files.createTempDirectory(home, "flip");
            try {
                backUpFlipping(k, runHome);
            } catch (IOException e) {
                // A flipped acknowledgement may end the read: then too, no backup may hold other bytes.
            }
            int saved = 0;
            try (var files = Files.walk(runHome)) {
                for (Path f : files.filter(p -> p.toString().endsWith("-dct.bin")).toList()) {
                    assertThat(Files.readAllBytes(f)).as("backup %s with byte %d flipped", f, k).isEqualTo(dct);
                    saved++;
                }
            }
            assertThat(saved).as("backups with byte %d flipped", k).isLessThanOrEqualTo(1);
            flipsSaved += saved;
        }
        assertThat(flipsSaved).as("backups that recovered from the flipped byte").isPositive();
    }

    /** The bytes the device sends while the target is opened and identified. */
    private long opened() throws Exception {
        try (SimulatedP1 device = rig.deviceWith(bothWithCrc)) {
            FlippingLink[] counting = new FlippingLink[1];
            try (GuardedFlashTarget target = open(device, link -> counting[0] = new FlippingLink(link, 0), t -> t)) {
                target.identity();
                target.checkCanChange(java.util.List.of(1, 2));
                return counting[0].received();
            }
        }
    }

    /** Backs up the DCT with byte {@code k} the device sends flipped; the bytes received. */
    private long backUpFlipping(long k, Path runHome) throws Exception {
        try (SimulatedP1 device = rig.deviceWith(bothWithCrc)) {
            FlippingLink[] flipping = new FlippingLink[1];
            try (GuardedFlashTarget target = open(device, link -> flipping[0] = new FlippingLink(link, k), t -> t)) {
                new SafeDctWrite(target, new BackupStore(runHome, Clock.systemUTC()), ProgressListener.NONE,
                        Cancellation.none()).backUp("test");
            }
            return flipping[0].received();
        }
    }
}

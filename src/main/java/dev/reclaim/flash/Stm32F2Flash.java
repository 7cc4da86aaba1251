package dev.reclaim.flash;

import static dev.reclaim.flash.F2FlashRegisters.CR;
import static dev.reclaim.flash.F2FlashRegisters.CR_LOCK;
import static dev.reclaim.flash.F2FlashRegisters.CR_PG;
import static dev.reclaim.flash.F2FlashRegisters.CR_PSIZE_SHIFT;
import static dev.reclaim.flash.F2FlashRegisters.CR_SER;
import static dev.reclaim.flash.F2FlashRegisters.CR_SNB_SHIFT;
import static dev.reclaim.flash.F2FlashRegisters.CR_STRT;
import static dev.reclaim.flash.F2FlashRegisters.KEY1;
import static dev.reclaim.flash.F2FlashRegisters.KEY2;
import static dev.reclaim.flash.F2FlashRegisters.KEYR;
import static dev.reclaim.flash.F2FlashRegisters.SR;
import static dev.reclaim.flash.F2FlashRegisters.SR_BSY;
import static dev.reclaim.flash.F2FlashRegisters.SR_EOP;
import static dev.reclaim.flash.F2FlashRegisters.SR_ERRORS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Erases and programs the STM32F2's flash by driving its flash controller through plain memory access, the way a
 * debugger does without a loader in RAM: unlock with the two keys, one sector erase at a time (SER + SNB + STRT),
 * programming with PG set and the access width matching PSIZE, BSY polled with a deadline, SR errors turned into
 * words, and the controller locked again whatever happened.
 *
 * <p>Programming streams whole blocks straight into flash with PG set: writes to flash while BSY is set stall the bus
 * until the previous word is done (RM0033), so the controller paces the probe; BSY is polled after every block (and
 * so before any PSIZE switch) and SR's sticky error bits once at the end. This is Black Magic Probe's method for
 * F2/F4 ({@code src/target/stm32f4.c}, and pystlink's). UNVERIFIED through an ST-Link: that the probe's AHB-AP
 * waits out the stall instead of answering SWD_AP_WAIT or a fault for a whole 4 KiB block at 1.8–4 MHz (BMP drives
 * SWD itself; the ST-Link's firmware may time out a long-stalled access). A WAIT is retried by the client; the
 * bench checklist in docs/hardware-checklist.md settles it on a real P1.
 * This class does what it is asked; the rules about which sectors may change live in {@link GuardedFlashTarget}.
 */
public final class Stm32F2Flash {
    private static final long MS = 1_000_000L;
    /** Progress granularity; also the probe's transfer size, so it costs no extra USB transfers. */
    private static final int BLOCK = 4096;

    /** Program parallelism: PSIZE and the access width that must match it. */
    public enum Width {
        /** Byte accesses, any supply from 1.8 V. */
        X8(0, 400, 1200, 2000),
        /** Word accesses; needs 2.7–3.6 V. */
        X32(2, 250, 550, 1000);

        private final int psize;
        private final int[] typicalEraseMillis;

        Width(int psize, int erase16k, int erase64k, int erase128k) {
            this.psize = psize;
            this.typicalEraseMillis = new int[] {erase16k, erase64k, erase128k};
        }

        /**
         * x32 when the probe measured at least 2.7 V, otherwise x8, which is slower but in spec down to 1.8 V.
         * (x16 would need 16-bit memory commands that older V2 firmware lacks, so we do without it.)
         */
        public static Width forSupply(OptionalInt millivolts) {
            return millivolts.isPresent() && millivolts.getAsInt() >= 2700 ? X32 : X8;
        }

        int crBits() {
            return psize << CR_PSIZE_SHIFT;
        }

        /** Datasheet typical sector erase time for this width (16, 64 or 128 KiB sectors). */
        public long typicalEraseNanos(int sectorBytes) {
            int index = sectorBytes <= 16 * 1024 ? 0 : sectorBytes <= 64 * 1024 ? 1 : 2;
            return typicalEraseMillis[index] * MS;
        }

        /** The datasheet maximum is twice the typical for every size and width. */
        public long maxEraseNanos(int sectorBytes) {
            return 2 * typicalEraseNanos(sectorBytes);
        }
    }

    /** Datasheet: programming one access takes 16 µs typical, 100 µs at most. */
    private static final long MAX_PROGRAM_NANOS_PER_ACCESS = 100_000L;

    private final MemoryAccess memory;
    private final Width width;
    private final DeviceClock clock;

    public Stm32F2Flash(MemoryAccess memory, Width width, DeviceClock clock) {
        this.memory = memory;
        this.width = width;
        this.clock = clock;
    }

    public Width width() {
        return width;
    }

    /** Writes KEY1 then KEY2 if the controller is locked; a controller that stays locked needs a target reset. */
    public void unlock() throws IOException {
        if ((memory.readWord(CR) & CR_LOCK) == 0) {
            return;
        }
        memory.writeWord(KEYR, KEY1);
        memory.writeWord(KEYR, KEY2);
        int cr = memory.readWord(CR);
        if ((cr & CR_LOCK) != 0) {
            throw new FlashControllerException("The flash controller stayed locked after the unlock keys (a wrong key"
                    + " sequence locks it until reset): reset or power-cycle the P1 and try again.", cr);
        }
    }

    /** Sets LOCK (which also clears PG and SER), so nothing can change flash until the next unlock. */
    public void lock() throws IOException {
        memory.writeWord(CR, CR_LOCK);
    }

    /** Erases one sector (its size sets the timing); the controller must be unlocked. */
    public void eraseSector(FlashSector sector) throws IOException {
        String what = "erase " + sector;
        int sectorBytes = sector.size();
        waitWhileBusy(MS, width.maxEraseNanos(sectorBytes), what);
        clearErrors();
        int cr = CR_SER | sector.index() << CR_SNB_SHIFT | width.crBits();
        memory.writeWord(CR, cr);
        memory.writeWord(CR, cr | CR_STRT);
        long typical = width.typicalEraseNanos(sectorBytes);
        // Sleep through most of the typical time, then poll often enough to notice the end within ~1.5 %.
        clock.sleep(typical * 3 / 4);
        waitWhileBusy(typical / 64, width.maxEraseNanos(sectorBytes), what);
        checkErrors(what);
        memory.writeWord(CR, 0);
    }

    /**
     * Programs {@code data} at {@code address} into erased flash; the controller must be unlocked. The aligned middle
     * goes with the width chosen for the supply, unaligned ends (or everything, at x8) a byte at a time.
     *
     * @param programmed hears the number of bytes streamed so far, after every block of at most 4 KiB
     */
    public void program(long address, byte[] data, IntConsumer programmed) throws IOException {
        String what = String.format("program %d bytes at 0x%08X", data.length, address);
        waitWhileBusy(MS, MAX_PROGRAM_NANOS_PER_ACCESS * 16, what);
        clearErrors();
        Width current = null;
        for (Piece piece : pieces(address, data)) {
            if (piece.width != current) {
                // The controller is idle here (polled before the first piece and after every block), as RM0033's
                // step 1 asks before FLASH_CR changes: a PSIZE switch while BSY could apply to words in flight.
                memory.writeWord(CR, CR_PG | piece.width.crBits());
                current = piece.width;
            }
            if (piece.width == Width.X32) {
                memory.writeWords(piece.address, piece.data);
            } else {
                memory.writeBytes(piece.address, piece.data);
            }
            waitWhileBusy(MS, MAX_PROGRAM_NANOS_PER_ACCESS * piece.data.length + 100 * MS, what);
            programmed.accept((int) (piece.address + piece.data.length - address));
        }
        checkErrors(what);
        memory.writeWord(CR, 0);
    }

    void program(long address, byte[] data) throws IOException {
        program(address, data, done -> { });
    }

    private record Piece(long address, byte[] data, Width width) {
    }

    /** Byte-wise ends, word-wise middle, each cut at 4 KiB boundaries so progress can be reported per block. */
    private List<Piece> pieces(long address, byte[] data) {
        List<Piece> pieces = new ArrayList<>();
        if (width == Width.X8) {
            addPiece(pieces, address, data, 0, data.length, Width.X8);
            return pieces;
        }
        int head = (int) Math.min(data.length, (4 - address % 4) % 4);
        int middle = (data.length - head) & ~3;
        addPiece(pieces, address, data, 0, head, Width.X8);
        addPiece(pieces, address, data, head, middle, Width.X32);
        addPiece(pieces, address, data, head + middle, data.length - head - middle, Width.X8);
        return pieces;
    }

    private static void addPiece(List<Piece> pieces, long address, byte[] data, int from, int length, Width w) {
        int at = from;
        while (at < from + length) {
            int n = (int) Math.min(from + length - at, BLOCK - (address + at) % BLOCK);
            pieces.add(new Piece(address + at, Arrays.copyOfRange(data, at, at + n), w));
            at += n;
        }
    }

    private void clearErrors() throws IOException {
        memory.writeWord(SR, SR_EOP | SR_ERRORS); // SR bits clear when written with 1
    }

    private void waitWhileBusy(long pollNanos, long timeoutNanos, String what) throws IOException {
        long deadline = clock.nanoTime() + timeoutNanos;
        while (true) {
            int sr = memory.readWord(SR);
            if ((sr & SR_BSY) == 0) {
                return;
            }
            if (clock.nanoTime() - deadline > 0) {
                lockQuietly();
                throw new FlashControllerException("Timed out waiting to " + what + ": the flash controller stayed"
                        + " busy for " + timeoutNanos / MS + " ms. Power-cycle the P1 and try again.", sr);
            }
            clock.sleep(pollNanos);
        }
    }

    private void checkErrors(String what) throws IOException {
        int sr = memory.readWord(SR);
        if ((sr & SR_ERRORS) != 0) {
            lockQuietly();
            throw new FlashControllerException("Could not " + what + ": " + describeErrors(sr) + ".", sr);
        }
    }

    /** The SR error bits in words (RM0033 §2.3.7 names). */
    public static String describeErrors(int sr) {
        List<String> words = new ArrayList<>();
        if ((sr & F2FlashRegisters.SR_WRPERR) != 0) {
            words.add("WRPERR, the sector is write-protected (its nWRP option bit is 0)");
        }
        if ((sr & F2FlashRegisters.SR_PGSERR) != 0) {
            words.add("PGSERR, programming sequence error (PG was not set, or the controller was locked)");
        }
        if ((sr & F2FlashRegisters.SR_PGPERR) != 0) {
            words.add("PGPERR, the access width did not match PSIZE");
        }
        if ((sr & F2FlashRegisters.SR_PGAERR) != 0) {
            words.add("PGAERR, the data crossed a 128-bit flash row");
        }
        if ((sr & F2FlashRegisters.SR_OPERR) != 0) {
            words.add("OPERR, the flash operation failed");
        }
        return words.isEmpty() ? String.format("no error bits (SR 0x%08X)", sr) : String.join("; ", words);
    }

    private void lockQuietly() {
        try {
            lock();
        } catch (IOException ignored) {
            // The original failure is what the user needs to see; a probe that cannot lock is gone anyway.
        }
    }
}

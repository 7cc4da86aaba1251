package dev.reclaim.sim.stlink;

import static dev.reclaim.flash.F2FlashRegisters.CR_LOCK;
import static dev.reclaim.flash.F2FlashRegisters.CR_MER;
import static dev.reclaim.flash.F2FlashRegisters.CR_PG;
import static dev.reclaim.flash.F2FlashRegisters.CR_PSIZE_MASK;
import static dev.reclaim.flash.F2FlashRegisters.CR_PSIZE_SHIFT;
import static dev.reclaim.flash.F2FlashRegisters.CR_SER;
import static dev.reclaim.flash.F2FlashRegisters.CR_SNB_MASK;
import static dev.reclaim.flash.F2FlashRegisters.CR_SNB_SHIFT;
import static dev.reclaim.flash.F2FlashRegisters.CR_STRT;
import static dev.reclaim.flash.F2FlashRegisters.SR_BSY;
import static dev.reclaim.flash.F2FlashRegisters.SR_EOP;
import static dev.reclaim.flash.F2FlashRegisters.SR_ERRORS;
import static dev.reclaim.flash.F2FlashRegisters.SR_OPERR;
import static dev.reclaim.flash.F2FlashRegisters.SR_PGPERR;
import static dev.reclaim.flash.F2FlashRegisters.SR_PGSERR;
import static dev.reclaim.flash.F2FlashRegisters.SR_WRPERR;

import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.Stm32F205;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.F2FlashRegisters;
import dev.reclaim.flash.FlashSector;
import dev.reclaim.flash.Stm32F2;
import java.io.InterruptedIOException;
import java.util.Arrays;

/**
 * The STM32F2 flash controller as a debugger meets it (RM0033 §2.3): KEYR unlock sequence (a wrong key locks CR until
 * reset), CR with LOCK/PG/SER/SNB/PSIZE/STRT, SR with BSY for as long as the operation takes and the error bits
 * (WRPERR for a protected sector, PGSERR for a flash write without PG, PGPERR for an access width other than PSIZE),
 * and the AHB stall: an access to flash or to CR while BSY waits until BSY clears.
 *
 * <p>OPTCR is read-only here (RDP and nWRP from the chip's option bytes): Reclaim never changes option bytes over SWD.
 * Mass erase (MER) is not simulated and answers OPERR, because Reclaim must never issue it.
 */
final class SimulatedFlashController {
    private final Stm32F205 chip;
    private final FlashTiming timing;
    private final DeviceClock clock;

    private boolean locked = true;
    private boolean keyLockout;
    private boolean firstKeySeen;
    private int cr;
    private int sr;
    private int acr;
    private long busyUntil;
    private int erases;

    SimulatedFlashController(Stm32F205 chip, FlashTiming timing, DeviceClock clock) {
        this.chip = chip;
        this.timing = timing;
        this.clock = clock;
    }

    static boolean isRegister(long address) {
        return address >= F2FlashRegisters.BASE && address < F2FlashRegisters.BASE + 0x18 && address % 4 == 0;
    }

    int read(long address) throws InterruptedIOException {
        if (address == F2FlashRegisters.SR) {
            return sr | (busy() ? SR_BSY : 0);
        }
        if (address == F2FlashRegisters.CR) {
            return cr | (locked ? CR_LOCK : 0);
        }
        if (address == F2FlashRegisters.OPTCR) {
            return optcr();
        }
        if (address == F2FlashRegisters.ACR) {
            return acr;
        }
        return 0; // KEYR and OPTKEYR read as zero
    }

    void write(long address, int value) throws InterruptedIOException {
        if (address == F2FlashRegisters.KEYR) {
            key(value);
        } else if (address == F2FlashRegisters.SR) {
            sr &= ~(value & (SR_EOP | SR_ERRORS));
        } else if (address == F2FlashRegisters.CR) {
            stallWhileBusy();
            control(value);
        } else if (address == F2FlashRegisters.ACR) {
            acr = value;
        }
    }

    private void key(int value) {
        if (!locked || keyLockout) {
            return;
        }
        if (!firstKeySeen && value == F2FlashRegisters.KEY1) {
            firstKeySeen = true;
        } else if (firstKeySeen && value == F2FlashRegisters.KEY2) {
            locked = false;
            firstKeySeen = false;
        } else {
            keyLockout = true; // a wrong sequence locks FLASH_CR until the next reset
        }
    }

    private void control(int value) {
        if (locked) {
            return;
        }
        if ((value & CR_LOCK) != 0) {
            locked = true;
            cr = 0;
            return;
        }
        cr = value & ~CR_STRT;
        if ((value & CR_STRT) == 0) {
            return;
        }
        if ((value & CR_MER) != 0) {
            sr |= SR_OPERR;
        } else if ((value & CR_SER) != 0) {
            eraseSector((value & CR_SNB_MASK) >>> CR_SNB_SHIFT);
        }
    }

    private void eraseSector(int index) {
        if (index >= Stm32F2.sectors().size()) {
            sr |= SR_OPERR;
            return;
        }
        FlashSector sector = Stm32F2.sector(index);
        // UNVERIFIED: which error an erase under read protection raises; the debugger may not erase either way.
        if (chip.readProtection().active() || !chip.flash().erase(index)) {
            sr |= SR_WRPERR;
            return;
        }
        erases++;
        busyUntil = clock.nanoTime() + timing.erase(sector).toNanos();
        sr |= SR_EOP;
    }

    /**
     * A debugger write into flash of {@code data}, {@code accessBytes} per bus access, each access taking
     * {@code swdNanosPerAccess} on the wire. Accesses stall while the previous word is still programming.
     *
     * @return how long the whole write kept the bus, from now
     */
    long program(long address, byte[] data, int accessBytes, long swdNanosPerAccess) throws InterruptedIOException {
        long start = clock.nanoTime();
        if (locked || (cr & CR_PG) == 0) {
            sr |= SR_PGSERR;
            return swdNanosPerAccess * (data.length / accessBytes);
        }
        if (accessBytes != 1 << ((cr & CR_PSIZE_MASK) >>> CR_PSIZE_SHIFT)) {
            sr |= SR_PGPERR;
            return swdNanosPerAccess * (data.length / accessBytes);
        }
        long perAccess = timing.nanosPerWord();
        long t = start;
        long busy = busyUntil;
        for (int i = 0; i < data.length; i += accessBytes) {
            t = Math.max(t + swdNanosPerAccess, busy);
            if (!chip.flash().program(address + i, Arrays.copyOfRange(data, i, i + accessBytes))) {
                sr |= SR_WRPERR;
                continue;
            }
            busy = t + perAccess;
        }
        busyUntil = busy;
        sr |= SR_EOP;
        return t - start;
    }

    /** A read of flash waits for a running operation, like every flash access while BSY. */
    void stallWhileBusy() throws InterruptedIOException {
        long left = busyUntil - clock.nanoTime();
        if (left > 0) {
            clock.sleep(left);
        }
    }

    /** System reset: the controller comes back locked with clean status. */
    void reset() {
        locked = true;
        keyLockout = false;
        firstKeySeen = false;
        cr = 0;
        sr = 0;
    }

    private boolean busy() {
        return clock.nanoTime() - busyUntil < 0;
    }

    /** OPTLOCK | user bits | RDP << 8 | nWRP << 16, from the chip's option bytes. */
    private int optcr() {
        byte[] image = chip.options().image();
        int user = image[0] & 0xFC;
        int rdp = image[Stm32F2.OPTION_RDP_OFFSET] & 0xFF;
        int nWrp = (image[Stm32F2.OPTION_NWRP_OFFSET] & 0xFF | (image[Stm32F2.OPTION_NWRP_OFFSET + 1] & 0xFF) << 8)
                & 0xFFF;
        return F2FlashRegisters.OPTCR_OPTLOCK | user | rdp << F2FlashRegisters.OPTCR_RDP_SHIFT
                | nWrp << F2FlashRegisters.OPTCR_NWRP_SHIFT;
    }

    /** Sector erases started, for tests. */
    int erases() {
        return erases;
    }
}

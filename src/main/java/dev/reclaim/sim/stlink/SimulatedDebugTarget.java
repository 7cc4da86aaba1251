package dev.reclaim.sim.stlink;

import static dev.reclaim.flash.CortexM3Debug.AIRCR;
import static dev.reclaim.flash.CortexM3Debug.AIRCR_SYSRESETREQ;
import static dev.reclaim.flash.CortexM3Debug.CPUID;
import static dev.reclaim.flash.CortexM3Debug.DBGKEY;
import static dev.reclaim.flash.CortexM3Debug.DBGMCU_APB1_FZ;
import static dev.reclaim.flash.CortexM3Debug.DBGMCU_CR;
import static dev.reclaim.flash.CortexM3Debug.DEMCR;
import static dev.reclaim.flash.CortexM3Debug.DHCSR;
import static dev.reclaim.flash.CortexM3Debug.DHCSR_C_DEBUGEN;
import static dev.reclaim.flash.CortexM3Debug.DHCSR_C_HALT;
import static dev.reclaim.flash.CortexM3Debug.DHCSR_S_HALT;
import static dev.reclaim.flash.CortexM3Debug.VECTKEY;

import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.Stm32F205;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.Stm32F2;
import java.io.InterruptedIOException;

/**
 * The simulated P1's STM32F205 as a debugger sees it through SWD: the SW-DP IDCODE, the Cortex-M3 debug registers
 * (DHCSR halt state, CPUID, AIRCR reset), DBGMCU, the flash controller, and the memory map. Read protection blocks
 * every debugger access to flash, as RM0033 describes for level 1 with the debugger connected.
 *
 * <p>SRAM is read-only here: Reclaim never loads code or data into RAM over SWD, so writes there are not simulated.
 */
public final class SimulatedDebugTarget {
    static final int DP_IDCODE = 0x2BA0_1477;
    static final int CPUID_CORTEX_M3_R2P0 = 0x412F_C230;

    /** A bus access the target refused; the probe reports it as SWD_AP_FAULT. */
    static final class BusFault extends Exception {
        BusFault(long address) {
            super(String.format("bus fault at 0x%08X", address), null, false, false);
        }
    }

    private final Stm32F205 chip;
    private final SimulatedFlashController flash;
    private final Runnable onSystemReset;
    private boolean debugEnabled;
    private boolean halted;
    private int demcr;
    private int dbgmcuCr;
    private int apb1Freeze;

    /**
     * @param onSystemReset what the board does when the debugger resets the chip (AIRCR.SYSRESETREQ): reboot
     */
    public SimulatedDebugTarget(Stm32F205 chip, FlashTiming timing, DeviceClock clock, Runnable onSystemReset) {
        this.chip = chip;
        this.flash = new SimulatedFlashController(chip, timing, clock);
        this.onSystemReset = onSystemReset;
    }

    int readWord(long address) throws BusFault, InterruptedIOException {
        if (SimulatedFlashController.isRegister(address)) {
            return flash.read(address);
        }
        if (address == DHCSR) {
            return (debugEnabled ? DHCSR_C_DEBUGEN : 0) | (halted ? DHCSR_C_HALT | DHCSR_S_HALT : 0);
        }
        if (address == Stm32F2.DBGMCU_IDCODE) {
            return Stm32F205.DBGMCU_IDCODE;
        }
        if (address == CPUID) {
            return CPUID_CORTEX_M3_R2P0;
        }
        if (address == AIRCR) {
            return 0xFA05_0000;
        }
        if (address == DEMCR) {
            return demcr;
        }
        if (address == DBGMCU_CR) {
            return dbgmcuCr;
        }
        if (address == DBGMCU_APB1_FZ) {
            return apb1Freeze;
        }
        byte[] b = read(address, 4);
        return b[0] & 0xFF | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    void writeWord(long address, int value) throws BusFault, InterruptedIOException {
        if (SimulatedFlashController.isRegister(address)) {
            flash.write(address, value);
        } else if (address == DHCSR) {
            if ((value & 0xFFFF_0000) == DBGKEY) {
                debugEnabled = (value & DHCSR_C_DEBUGEN) != 0;
                halted = debugEnabled && (value & DHCSR_C_HALT) != 0;
            }
        } else if (address == AIRCR) {
            if ((value & 0xFFFF_0000) == VECTKEY && (value & AIRCR_SYSRESETREQ) != 0) {
                systemReset();
            }
        } else if (address == DEMCR) {
            demcr = value;
        } else if (address == DBGMCU_CR) {
            dbgmcuCr = value;
        } else if (address == DBGMCU_APB1_FZ) {
            apb1Freeze = value;
        } else {
            write(address, new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)},
                    4, 0);
        }
    }

    byte[] read(long address, int length) throws BusFault, InterruptedIOException {
        var region = chip.region(address, length).orElseThrow(() -> new BusFault(address));
        if (region == Stm32F205.Region.FLASH) {
            if (chip.readProtection().active()) {
                throw new BusFault(address);
            }
            flash.stallWhileBusy();
        }
        return chip.read(address, length);
    }

    /**
     * Writes {@code data} with accesses of {@code accessBytes}; only flash (through its controller) accepts writes.
     *
     * @return how long the flash kept the bus (stalls included), 0 for a non-flash write
     */
    long write(long address, byte[] data, int accessBytes, long swdNanosPerAccess)
            throws BusFault, InterruptedIOException {
        var region = chip.region(address, data.length).orElseThrow(() -> new BusFault(address));
        if (region != Stm32F205.Region.FLASH || chip.readProtection().active()) {
            throw new BusFault(address);
        }
        return flash.program(address, data, accessBytes, swdNanosPerAccess);
    }

    /** NRST released after the probe held it: the board reboots; the debug registers survive (only POR clears them). */
    void pinReset() {
        systemReset();
    }

    public boolean halted() {
        return halted;
    }

    public int sectorErases() {
        return flash.erases();
    }

    private void systemReset() {
        flash.reset();
        onSystemReset.run();
    }
}

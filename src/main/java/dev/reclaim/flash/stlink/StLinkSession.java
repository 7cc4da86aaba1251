package dev.reclaim.flash.stlink;

import static dev.reclaim.flash.CortexM3Debug.AIRCR;
import static dev.reclaim.flash.CortexM3Debug.AIRCR_SYSRESETREQ;
import static dev.reclaim.flash.CortexM3Debug.APB1_FZ_WATCHDOGS;
import static dev.reclaim.flash.CortexM3Debug.CORTEX_M3_PART;
import static dev.reclaim.flash.CortexM3Debug.CPUID;
import static dev.reclaim.flash.CortexM3Debug.DBGKEY;
import static dev.reclaim.flash.CortexM3Debug.DBGMCU_APB1_FZ;
import static dev.reclaim.flash.CortexM3Debug.DBGMCU_CR;
import static dev.reclaim.flash.CortexM3Debug.DBGMCU_CR_LOW_POWER;
import static dev.reclaim.flash.CortexM3Debug.DEMCR;
import static dev.reclaim.flash.CortexM3Debug.DEMCR_VC_CORERESET;
import static dev.reclaim.flash.CortexM3Debug.DHCSR;
import static dev.reclaim.flash.CortexM3Debug.DHCSR_C_DEBUGEN;
import static dev.reclaim.flash.CortexM3Debug.DHCSR_C_HALT;
import static dev.reclaim.flash.CortexM3Debug.VECTKEY;

import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.flash.CortexM3Debug;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.F2FlashRegisters;
import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A debug session on an STM32F2 through an ST-Link, opened the way OpenOCD and stlink-org do it: leave DFU or a
 * stale debug mode, check the target's supply, set the SWD clock, enter SWD, read the DP IDCODE, halt the core, make
 * sure the chip is an STM32F2 (DEV_ID 0x411 on a Cortex-M3), freeze the watchdogs while halted (Particle firmware
 * runs an IWDG), and read what identifies the device.
 *
 * <p>Closing puts DBGMCU back as it was, resumes the core, or resets it when flash was changed so the firmware boots
 * with the new DCT. A failure after the halt resumes the core too: the target is left as it was found.
 */
public final class StLinkSession implements AutoCloseable {
    /** The flash-size register is a half-word at 0x1FFF7A22; 32-bit transfers read the word around it. */
    static final long FLASH_SIZE_WORD = Stm32F2.FLASH_SIZE_ADDRESS & ~3L;
    private static final int HALT = DBGKEY | DHCSR_C_HALT | DHCSR_C_DEBUGEN;
    /** Debug off: the core runs freely. */
    private static final int RESUME = DBGKEY;

    /** Below this the target is not powered (or VAPP is not wired). */
    public static final int MIN_POWERED_MILLIVOLTS = 1500;

    private final StLink probe;
    private final SwdTarget target;
    private final DebugState found;
    private final boolean underReset;
    private boolean resetOnClose;

    /** The debug configuration the chip had before we attached, put back when we leave. */
    private record DebugState(int dbgmcuCr, int apb1Freeze) {
    }

    private StLinkSession(StLink probe, SwdTarget target, DebugState found, boolean underReset) {
        this.probe = probe;
        this.target = target;
        this.found = found;
        this.underReset = underReset;
    }

    /** Whether the core was reached under reset (asked for, or because the plain attach found nobody). */
    public boolean attachedUnderReset() {
        return underReset;
    }

    /** Opens the session; on failure the link is closed and the message says what to check. */
    public static StLinkSession connect(UsbBulkLink link, DeviceClock clock, int swdKhz) throws IOException {
        return connect(() -> link, clock, swdKhz, false);
    }

    /** How to reach the core. */
    public enum Attach {
        /** Attach to the running core; if nothing answers on SWD, try again under reset. */
        RUNNING_THEN_UNDER_RESET,
        /** Hold NRST low through the probe, enter SWD, set the core to halt at reset, release. */
        UNDER_RESET
    }

    /** Milliseconds NRST is held and given to settle (OpenOCD's adapter srst delays are of this order). */
    private static final int RESET_SETTLE_MILLIS = 20;

    /**
     * Opens the session on a probe that {@code opener} opens (again, once, if its first GET_VERSION fails); on
     * failure the link is closed and the message says what to check.
     */
    public static StLinkSession connect(StLink.Opener opener, DeviceClock clock, int swdKhz, boolean reopen)
            throws IOException {
        return connect(opener, clock, swdKhz, reopen, Attach.RUNNING_THEN_UNDER_RESET);
    }

    public static StLinkSession connect(StLink.Opener opener, DeviceClock clock, int swdKhz, boolean reopen,
                                        Attach attach) throws IOException {
        UsbBulkLink[] opened = new UsbBulkLink[1];
        StLink.Opener remembering = () -> opened[0] = opener.open();
        try {
            StLink probe = reopen ? StLink.open(remembering, clock) : StLink.open(remembering.open(), clock);
            return attach(probe, swdKhz, attach);
        } catch (IOException | RuntimeException e) {
            if (opened[0] != null) {
                opened[0].close();
            }
            throw e;
        }
    }

    private static StLinkSession attach(StLink probe, int swdKhz, Attach attach) throws IOException {
        leaveOtherModes(probe);
        OptionalInt millivolts = probe.targetVoltageMillivolts();
        int khz = probe.setSwdClock(swdKhz);
        boolean powered = millivolts.isEmpty() || millivolts.getAsInt() >= MIN_POWERED_MILLIVOLTS;
        int dpIdcode;
        boolean underReset = attach == Attach.UNDER_RESET;
        if (underReset) {
            dpIdcode = underReset(probe, millivolts);
        } else {
            try {
                dpIdcode = enterSwd(probe, millivolts);
                probe.writeWord(DHCSR, HALT);
            } catch (StLinkException plain) {
                if (!powered) {
                    throw plain;
                }
                // Firmware that uses D6/D7 as GPIO or sleeps in STOP/STANDBY hides the debug port while it runs.
                probe.exitDebug();
                try {
                    dpIdcode = underReset(probe, millivolts);
                    underReset = true;
                } catch (StLinkException alsoUnderReset) {
                    throw new StLinkException(plain.getMessage() + " Connecting under reset failed too (is the"
                            + " probe's RST pin wired to the P1's RST?).", plain.status().orElse(0));
                }
            }
        }
        DebugState found = null;
        try {
            int idcode = probe.readWord(Stm32F2.DBGMCU_IDCODE);
            int cpuid = probe.readWord(CPUID);
            requireStm32F2(idcode, cpuid);
            found = new DebugState(probe.readWord(DBGMCU_CR), probe.readWord(DBGMCU_APB1_FZ));
            probe.writeWord(DBGMCU_CR, found.dbgmcuCr | DBGMCU_CR_LOW_POWER);
            probe.writeWord(DBGMCU_APB1_FZ, found.apb1Freeze | APB1_FZ_WATCHDOGS);
            int optcr = probe.readWord(F2FlashRegisters.OPTCR);
            SwdTarget target = new SwdTarget(probe.version(), khz, millivolts, dpIdcode, idcode, cpuid, optcr,
                    readOptional(probe, Stm32F2.UID_ADDRESS, Stm32F2.UID_LENGTH), flashSizeKib(probe));
            return new StLinkSession(probe, target, found, underReset);
        } catch (IOException | RuntimeException e) {
            // Halted, then refused (wrong chip) or failed: leave the core running as we found it.
            leave(probe, Optional.ofNullable(found), false);
            throw e;
        }
    }

    private static int enterSwd(StLink probe, OptionalInt millivolts) throws IOException {
        int dpIdcode;
        try {
            probe.enterSwd();
            dpIdcode = probe.readDpIdcode();
        } catch (StLinkException e) {
            String detail = e.status().isPresent() ? String.format("status 0x%02X", e.status().getAsInt())
                    : e.getMessage();
            throw new StLinkException(noTarget(probe, millivolts, detail), e.status().orElse(0));
        }
        if (dpIdcode == 0 || dpIdcode == -1) {
            throw new StLinkException(noTarget(probe, millivolts, String.format("IDCODE 0x%08X", dpIdcode)));
        }
        return dpIdcode;
    }

    /**
     * Connect under reset (OpenOCD {@code reset_config srst_only connect_assert_srst}): hold NRST low so the
     * firmware cannot take the SWD pins or sleep, enter SWD, ask the core to halt on its first instruction
     * (DEMCR.VC_CORERESET, the debug domain survives NRST), release NRST, and clear the vector catch again.
     */
    private static int underReset(StLink probe, OptionalInt millivolts) throws IOException {
        probe.driveNrst(true);
        int dpIdcode;
        try {
            probe.pause(RESET_SETTLE_MILLIS);
            dpIdcode = enterSwd(probe, millivolts);
            probe.writeWord(DHCSR, HALT);
            probe.writeWord(DEMCR, DEMCR_VC_CORERESET);
        } finally {
            probe.driveNrst(false);
        }
        probe.pause(RESET_SETTLE_MILLIS);
        probe.writeWord(DEMCR, 0);
        return dpIdcode;
    }

    private static void leaveOtherModes(StLink probe) throws IOException {
        switch (probe.currentMode()) {
            case DFU -> probe.exitDfu();
            case DEBUG -> probe.exitDebug();   // a previous session that did not end cleanly
            case MASS, BOOTLOADER -> { }       // SWD can be entered from here directly
            case SWIM -> probe.exitSwim();     // left in STM8 mode by another tool
            case UNKNOWN -> throw new StLinkException(probe.name() + " is in a mode Reclaim cannot leave"
                    + " (" + probe.currentMode() + "): unplug it and plug it back in.");
        }
    }

    private static String noTarget(StLink probe, OptionalInt millivolts, String detail) {
        if (millivolts.isPresent() && millivolts.getAsInt() < MIN_POWERED_MILLIVOLTS) {
            return String.format("The target is not powered: %s measures %.2f V on its 3V3 sense pin and no chip"
                    + " answers on SWD. Power the P1 and connect the probe's VAPP/3V3 pin to the P1's 3V3.",
                    probe.name(), millivolts.getAsInt() / 1000.0);
        }
        return "No STM32 answers on SWD through " + probe.name() + " (" + detail + "). Check SWDIO to D7/PA13, SWCLK"
                + " to D6/PA14, GND, and that the P1 is powered; long or loose wires need pull-ups and a slower clock.";
    }

    private static void requireStm32F2(int idcode, int cpuid) throws StLinkException {
        int devId = idcode & 0xFFF;
        int part = CortexM3Debug.part(cpuid);
        if (devId != Stm32F2.CHIP_ID) {
            throw new StLinkException(String.format("The target is not an STM32F2 (DBGMCU_IDCODE 0x%08X, DEV_ID"
                    + " 0x%03X; a P1/Photon reports 0x411). Reclaim only works on Particle P1/Photon modules.",
                    idcode, devId));
        }
        if (part != CORTEX_M3_PART) {
            // STM32F4 revision A reports DEV_ID 0x411 too; its core is a Cortex-M4 (0xC24).
            throw new StLinkException(String.format("The target reports DEV_ID 0x411 but its core is not a"
                    + " Cortex-M3 (CPUID 0x%08X): it is an early STM32F4, not the STM32F205 of a P1/Photon.", cpuid));
        }
    }

    /** Flash size in KiB: the upper half-word of the aligned word around the register. */
    private static OptionalInt flashSizeKib(StLink probe) throws IOException {
        Optional<byte[]> word = readOptional(probe, FLASH_SIZE_WORD, 4);
        return word.map(w -> OptionalInt.of((w[2] & 0xFF) | (w[3] & 0xFF) << 8)).orElse(OptionalInt.empty());
    }

    /** System memory may refuse reads (read protection on some parts); identity then shows "unknown". */
    private static Optional<byte[]> readOptional(StLink probe, long address, int length) throws IOException {
        try {
            return Optional.of(probe.read(address, length));
        } catch (StLinkException e) {
            return Optional.empty();
        }
    }

    public StLink probe() {
        return probe;
    }

    public SwdTarget target() {
        return target;
    }

    /** Ask for a system reset instead of a plain resume when the session closes (after flash was changed). */
    public void resetOnClose() {
        resetOnClose = true;
    }

    /**
     * Puts back the debug configuration we found, resumes (or resets) the core and leaves debug mode; a probe that
     * has gone away is simply released.
     */
    @Override
    public void close() {
        try {
            leave(probe, Optional.of(found), resetOnClose);
        } finally {
            probe.close();
        }
    }

    /**
     * DBGMCU_CR's low-power debug bits survive everything but a power cycle and keep the clocks running in
     * STOP/STANDBY (raising the device's sleep current), so they go back to what they were; the same for the
     * watchdog freeze. Then debug off (a reset with C_HALT still set would stop the core again right away), the
     * reset requested once, never through the WAIT retries, and the probe out of debug mode.
     */
    private static void leave(StLink probe, Optional<DebugState> found, boolean reset) {
        try {
            if (found.isPresent()) {
                DebugState f = found.get();
                if ((f.dbgmcuCr | DBGMCU_CR_LOW_POWER) != f.dbgmcuCr) {
                    probe.writeWord(DBGMCU_CR, f.dbgmcuCr);
                }
                if ((f.apb1Freeze | APB1_FZ_WATCHDOGS) != f.apb1Freeze) {
                    probe.writeWord(DBGMCU_APB1_FZ, f.apb1Freeze);
                }
            }
            probe.writeWord(DHCSR, RESUME);
            if (reset) {
                probe.writeWordOnce(AIRCR, VECTKEY | AIRCR_SYSRESETREQ);
            }
        } catch (IOException e) {
            // Unplugged or target gone: nothing left to restore. A refused reset still leaves debug mode below.
        }
        try {
            probe.exitDebug();
        } catch (IOException e) {
            // the probe is gone
        }
    }
}

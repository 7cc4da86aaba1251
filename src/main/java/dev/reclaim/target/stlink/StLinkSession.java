package dev.reclaim.target.stlink;

import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.target.DeviceClock;
import dev.reclaim.target.F2FlashRegisters;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A debug session on an STM32F2 through an ST-Link, opened the way OpenOCD and stlink-org do it: leave DFU or a
 * stale debug mode, check the target's supply, set the SWD clock, enter SWD, read the DP IDCODE, halt the core, make
 * sure the chip is an STM32F2 (DEV_ID 0x411 on a Cortex-M3), freeze the watchdogs while halted (Particle firmware
 * runs an IWDG), and read what identifies the device.
 *
 * <p>Closing resumes the core, or resets it when flash was changed so the firmware boots with the new DCT.
 */
public final class StLinkSession implements AutoCloseable {
    static final long DHCSR = 0xE000_EDF0L;
    static final long AIRCR = 0xE000_ED0CL;
    static final long CPUID = 0xE000_ED00L;
    static final long DBGMCU_IDCODE = 0xE004_2000L;
    static final long DBGMCU_CR = 0xE004_2004L;
    static final long DBGMCU_APB1_FZ = 0xE004_2008L;
    /** TODO replace with Stm32F2 constants once the sim/target branch is on main. */
    static final long UID_ADDRESS = 0x1FFF_7A10L;
    static final long FLASH_SIZE_WORD = 0x1FFF_7A20L;

    static final int DHCSR_HALT = 0xA05F_0003;      // DBGKEY | C_HALT | C_DEBUGEN
    static final int DHCSR_RESUME = 0xA05F_0000;    // DBGKEY, debug off: the core runs freely
    static final int AIRCR_SYSRESETREQ = 0x05FA_0004;
    /** DBG_SLEEP | DBG_STOP | DBG_STANDBY: keep the debug port alive in low-power modes. */
    static final int DBGMCU_CR_LOW_POWER = 0x7;
    /** DBG_WWDG_STOP | DBG_IWDG_STOP: the watchdogs stop while the core is halted. */
    static final int APB1_FZ_WATCHDOGS = 0x1800;

    static final int STM32F2_DEV_ID = 0x411;
    static final int CORTEX_M3_PART = 0xC23;
    /** Below this the target is not powered (or VAPP is not wired). */
    static final int MIN_POWERED_MILLIVOLTS = 1500;

    private final StLink probe;
    private final SwdTarget target;
    private boolean resetOnClose;

    private StLinkSession(StLink probe, SwdTarget target) {
        this.probe = probe;
        this.target = target;
    }

    /** Opens the session; on failure the link is closed and the message says what to check. */
    public static StLinkSession connect(UsbBulkLink link, DeviceClock clock, int swdKhz) throws IOException {
        StLink probe = null;
        try {
            probe = StLink.open(link, clock);
            SwdTarget target = attach(probe, swdKhz);
            return new StLinkSession(probe, target);
        } catch (IOException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    private static SwdTarget attach(StLink probe, int swdKhz) throws IOException {
        leaveOtherModes(probe);
        OptionalInt millivolts = probe.targetVoltageMillivolts();
        int khz = probe.setSwdClock(swdKhz);
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
        probe.writeWord(DHCSR, DHCSR_HALT);
        int idcode = probe.readWord(DBGMCU_IDCODE);
        int cpuid = probe.readWord(CPUID);
        requireStm32F2(idcode, cpuid);
        probe.writeWord(DBGMCU_CR, probe.readWord(DBGMCU_CR) | DBGMCU_CR_LOW_POWER);
        probe.writeWord(DBGMCU_APB1_FZ, probe.readWord(DBGMCU_APB1_FZ) | APB1_FZ_WATCHDOGS);
        int optcr = probe.readWord(F2FlashRegisters.OPTCR);
        return new SwdTarget(probe.version(), khz, millivolts, dpIdcode, idcode, cpuid, optcr,
                readOptional(probe, UID_ADDRESS, 12), flashSizeKib(probe));
    }

    private static void leaveOtherModes(StLink probe) throws IOException {
        switch (probe.currentMode()) {
            case DFU -> probe.exitDfu();
            case DEBUG -> probe.exitDebug();   // a previous session that did not end cleanly
            case MASS, BOOTLOADER -> { }       // SWD can be entered from here directly
            case SWIM, UNKNOWN -> throw new StLinkException(probe.name() + " is in a mode Reclaim cannot leave"
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
        int part = cpuid >>> 4 & 0xFFF;
        if (devId != STM32F2_DEV_ID) {
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

    /** Flash size in KiB: the upper half-word of the aligned word at 0x1FFF7A20 (the register is at 0x1FFF7A22). */
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

    /** Resumes (or resets) the core and leaves debug mode; a probe that has gone away is simply released. */
    @Override
    public void close() {
        try {
            // Debug off first: a reset with C_HALT still set would stop the core again right away.
            probe.writeWord(DHCSR, DHCSR_RESUME);
            if (resetOnClose) {
                probe.writeWord(AIRCR, AIRCR_SYSRESETREQ);
            }
            probe.exitDebug();
        } catch (IOException e) {
            // Unplugged or target gone: nothing left to restore.
        } finally {
            probe.close();
        }
    }
}

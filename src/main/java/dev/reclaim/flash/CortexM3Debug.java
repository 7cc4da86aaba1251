package dev.reclaim.flash;

/**
 * The Cortex-M3 core-debug and STM32 DBGMCU registers a debugger uses (ARMv7-M; stlink-org {@code register.h};
 * RM0033 DBGMCU), shared by the ST-Link session and the simulated chip.
 */
public final class CortexM3Debug {
    public static final long CPUID = 0xE000_ED00L;
    public static final long AIRCR = 0xE000_ED0CL;
    public static final long DHCSR = 0xE000_EDF0L;
    public static final long DEMCR = 0xE000_EDFCL;
    public static final long DBGMCU_CR = 0xE004_2004L;
    public static final long DBGMCU_APB1_FZ = 0xE004_2008L;

    /** DHCSR writes are ignored unless the upper half is this key. */
    public static final int DBGKEY = 0xA05F_0000;
    public static final int DHCSR_C_DEBUGEN = 1;
    public static final int DHCSR_C_HALT = 1 << 1;
    public static final int DHCSR_S_HALT = 1 << 17;
    /** DEMCR.VC_CORERESET: the core halts on its first instruction after a reset. */
    public static final int DEMCR_VC_CORERESET = 1;
    /** AIRCR writes are ignored unless the upper half is this key. */
    public static final int VECTKEY = 0x05FA_0000;
    public static final int AIRCR_SYSRESETREQ = 1 << 2;
    /** DBG_SLEEP | DBG_STOP | DBG_STANDBY: the debug port stays alive in low-power modes. */
    public static final int DBGMCU_CR_LOW_POWER = 0x7;
    /** DBG_WWDG_STOP | DBG_IWDG_STOP: the watchdogs stop while the core is halted. */
    public static final int APB1_FZ_WATCHDOGS = 0x1800;
    /** CPUID bits 15:4 of a Cortex-M3. */
    public static final int CORTEX_M3_PART = 0xC23;

    private CortexM3Debug() {
    }

    /** The part number field of a CPUID value. */
    public static int part(int cpuid) {
        return cpuid >>> 4 & 0xFFF;
    }
}

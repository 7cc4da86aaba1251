package dev.reclaim.flash;

/**
 * The STM32F2 flash controller's registers and bits (RM0033; OpenOCD {@code stm32f2x.c}), shared by the client that
 * programs through them and the simulated controller that implements them.
 */
public final class F2FlashRegisters {
    public static final long BASE = 0x4002_3C00L;
    public static final long ACR = BASE;
    public static final long KEYR = BASE + 0x04;
    public static final long OPTKEYR = BASE + 0x08;
    public static final long SR = BASE + 0x0C;
    public static final long CR = BASE + 0x10;
    public static final long OPTCR = BASE + 0x14;

    public static final int KEY1 = 0x4567_0123;
    public static final int KEY2 = 0xCDEF_89AB;
    public static final int OPTKEY1 = 0x0819_2A3B;
    public static final int OPTKEY2 = 0x4C5D_6E7F;

    public static final int SR_EOP = 1;
    public static final int SR_OPERR = 1 << 1;
    public static final int SR_WRPERR = 1 << 4;
    public static final int SR_PGAERR = 1 << 5;
    public static final int SR_PGPERR = 1 << 6;
    public static final int SR_PGSERR = 1 << 7;
    public static final int SR_BSY = 1 << 16;
    public static final int SR_ERRORS = SR_OPERR | SR_WRPERR | SR_PGAERR | SR_PGPERR | SR_PGSERR;

    public static final int CR_PG = 1;
    public static final int CR_SER = 1 << 1;
    public static final int CR_MER = 1 << 2;
    public static final int CR_SNB_SHIFT = 3;
    public static final int CR_SNB_MASK = 0xF << CR_SNB_SHIFT;
    public static final int CR_PSIZE_SHIFT = 8;
    public static final int CR_PSIZE_MASK = 3 << CR_PSIZE_SHIFT;
    public static final int CR_STRT = 1 << 16;
    public static final int CR_LOCK = 1 << 31;

    public static final int OPTCR_OPTLOCK = 1;
    public static final int OPTCR_RDP_SHIFT = 8;
    public static final int OPTCR_NWRP_SHIFT = 16;
    public static final int OPTCR_NWRP_MASK = 0xFFF << OPTCR_NWRP_SHIFT;

    private F2FlashRegisters() {
    }

    /** The RDP byte of an OPTCR value (0xAA = no protection). */
    public static int rdpOf(int optcr) {
        return optcr >>> OPTCR_RDP_SHIFT & 0xFF;
    }

    /** The 12 nWRP bits of an OPTCR value (1 = sector not write-protected). */
    public static int nWrpOf(int optcr) {
        return (optcr & OPTCR_NWRP_MASK) >>> OPTCR_NWRP_SHIFT;
    }
}

package dev.reclaim.sim;

import dev.reclaim.flash.ReadProtection;
import dev.reclaim.flash.Stm32F2;

/**
 * The STM32F2 option bytes at 0x1FFFC000: USER byte, RDP byte, and the 12 nWRP bits (1 = sector not
 * write-protected). A fresh P1 has RDP 0xAA (level 0) and sector 0 protected, as Device OS leaves it
 * ({@code HAL_Bootloader_Lock}). The USER value and the reserved bytes reading 0xFF are UNVERIFIED.
 */
public final class OptionBytes {
    public static final int RDP_LEVEL_0 = 0xAA;
    public static final int RDP_LEVEL_1 = 0x55;
    private static final int USER_DEFAULT = 0xEC;
    private static final int ALL_SECTORS = 0x0FFF;

    private int user = USER_DEFAULT;
    private int rdp = RDP_LEVEL_0;
    private int nWrp = ALL_SECTORS & ~1;

    public synchronized ReadProtection readProtection() {
        return ReadProtection.fromOptionByte(rdp);
    }

    public synchronized void setRdp(int value) {
        rdp = value & 0xFF;
    }

    public synchronized boolean isWriteProtected(int sector) {
        return (nWrp & (1 << sector)) == 0;
    }

    public synchronized void protect(int sector) {
        nWrp &= ~(1 << sector);
    }

    public synchronized void unprotectAll() {
        nWrp = ALL_SECTORS;
    }

    /** The 16 bytes the bootloader reads at 0x1FFFC000. */
    public synchronized byte[] image() {
        byte[] b = new byte[Stm32F2.OPTION_BYTES_LENGTH];
        java.util.Arrays.fill(b, (byte) 0xFF);
        b[0] = (byte) user;
        b[Stm32F2.OPTION_RDP_OFFSET] = (byte) rdp;
        b[Stm32F2.OPTION_NWRP_OFFSET] = (byte) nWrp;
        b[Stm32F2.OPTION_NWRP_OFFSET + 1] = (byte) (nWrp >> 8);
        return b;
    }

    /** Programs the option bytes from a 16-byte image at {@code offset} within the area (Write Memory). */
    public synchronized void apply(int offset, byte[] data) {
        byte[] b = image();
        System.arraycopy(data, 0, b, offset, Math.min(data.length, b.length - offset));
        user = b[0] & 0xFF;
        rdp = b[Stm32F2.OPTION_RDP_OFFSET] & 0xFF;
        nWrp = ((b[Stm32F2.OPTION_NWRP_OFFSET] & 0xFF) | ((b[Stm32F2.OPTION_NWRP_OFFSET + 1] & 0xFF) << 8))
                & ALL_SECTORS;
    }
}

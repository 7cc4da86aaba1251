package dev.reclaim.sim;

import dev.reclaim.flash.FlashSector;
import dev.reclaim.flash.Stm32F2;
import java.util.Random;

/**
 * Stand-in contents for the flash outside the DCT: Particle's bootloader, EEPROM emulation, system parts and user
 * app cannot be shipped, so each sector gets deterministic pseudo-random bytes (seeded by its number). That makes
 * any erase or stray write outside the DCT visible in tests, and the sector-0 bytes start with a plausible vector
 * table (initial stack pointer at the top of SRAM).
 */
public final class SyntheticFirmware {
    private SyntheticFirmware() {
    }

    public static void load(SimulatedFlash flash) {
        for (FlashSector s : Stm32F2.sectors()) {
            if (!Stm32F2.DCT_SECTORS.contains(s.index())) {
                flash.load(s.address(), expected(s.index()));
            }
        }
    }

    /** What {@link #load} puts into a sector, for comparison. */
    public static byte[] expected(int sector) {
        FlashSector s = Stm32F2.sector(sector);
        byte[] bytes = new byte[s.size()];
        new Random(0x5EC7_0000L + sector).nextBytes(bytes);
        if (sector == 0) {
            long sp = Stm32F2.SRAM_BASE + Stm32F2.SRAM_SIZE;
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) (sp >>> (8 * i));
            }
        }
        return bytes;
    }
}

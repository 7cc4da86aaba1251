package dev.reclaim.flash;

import dev.reclaim.dct.layout.DctSector;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Facts about the STM32F205 (1 MiB) in a Particle P1/Photon that both the clients and the simulator rely on:
 * the memory map, the sector map, where the identity lives and where Particle keeps its DCT.
 */
public final class Stm32F2 {
    /** DEV_ID of the F2 family, from Get ID and DBGMCU_IDCODE. */
    public static final int CHIP_ID = 0x411;

    public static final long FLASH_BASE = 0x0800_0000L;
    public static final int FLASH_SIZE = 1024 * 1024;

    public static final long SYSTEM_MEMORY = 0x1FFF_0000L;
    public static final long OTP_AREA = 0x1FFF_7800L;
    /** The 96-bit unique ID; Particle's device ID is its 12 bytes in memory order as lowercase hex. */
    public static final long UID_ADDRESS = 0x1FFF_7A10L;
    public static final int UID_LENGTH = 12;
    /** Flash size in KiB, little-endian u16 (0x0400 on a P1). */
    public static final long FLASH_SIZE_ADDRESS = 0x1FFF_7A22L;
    /**
     * The 256 bytes around the UID and flash-size register, which F4 bootloaders read only whole (stm32loader's
     * {@code LONG_UID_ACCESS}); UID at offset 0x10, flash size at 0x22. What an F2 keeps in the rest is UNVERIFIED.
     */
    public static final long ID_PAGE = 0x1FFF_7A00L;
    public static final int ID_PAGE_LENGTH = 256;
    /** Option bytes: USER @+0, RDP @+1, nWRP (12 bits, 1 = not protected) little-endian @+8. */
    public static final long OPTION_BYTES = 0x1FFF_C000L;
    public static final int OPTION_BYTES_LENGTH = 16;
    public static final int OPTION_RDP_OFFSET = 1;
    public static final int OPTION_NWRP_OFFSET = 8;

    public static final long SRAM_BASE = 0x2000_0000L;
    public static final int SRAM_SIZE = 128 * 1024;
    /** The system bootloader uses the first 8 KiB of SRAM; user writes must start above it. */
    public static final long SRAM_USER_BASE = 0x2000_2000L;

    public static final long DBGMCU_IDCODE = 0xE004_2000L;

    /**
     * Particle's two DCT copies, as the DCT engine defines them ({@link DctSector}): DCT1 in sector 1, DCT2 in
     * sector 2; a full DCT dump is both, 32 KiB.
     */
    public static final long DCT_ADDRESS = DctSector.DCT1_ADDRESS;
    public static final int DCT_LENGTH = DctSector.IMAGE_SIZE;
    /** Copy n lives in flash sector n. */
    public static final Set<Integer> DCT_SECTORS = Set.of(1, 2);
    /** Sector 0 holds Particle's bootloader; Device OS write-protects it. */
    public static final int BOOTLOADER_SECTOR = 0;

    private static final List<FlashSector> SECTORS = buildSectors();

    private Stm32F2() {
    }

    /** 4 × 16 KiB, 1 × 64 KiB, 7 × 128 KiB. */
    private static List<FlashSector> buildSectors() {
        int[] kib = {16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128};
        List<FlashSector> list = new ArrayList<>();
        long address = FLASH_BASE;
        for (int i = 0; i < kib.length; i++) {
            list.add(new FlashSector(i, address, kib[i] * 1024));
            address += kib[i] * 1024L;
        }
        return List.copyOf(list);
    }

    public static List<FlashSector> sectors() {
        return SECTORS;
    }

    public static FlashSector sector(int index) {
        if (index < 0 || index >= SECTORS.size()) {
            throw new IllegalArgumentException("The STM32F205 has flash sectors 0 to 11, not " + index);
        }
        return SECTORS.get(index);
    }

    public static boolean inFlash(long address, long length) {
        return address >= FLASH_BASE && length >= 0 && address + length <= FLASH_BASE + FLASH_SIZE;
    }

    /** The sectors a range of flash touches, in order; empty for a range outside flash. */
    public static List<FlashSector> sectorsCovering(long address, long length) {
        List<FlashSector> list = new ArrayList<>();
        for (FlashSector s : SECTORS) {
            if (length > 0 && address < s.end() && address + length > s.address()) {
                list.add(s);
            }
        }
        return list;
    }

    /** Particle device ID: the UID bytes in memory order as lowercase hex (as spark_deviceID() prints it). */
    public static String deviceId(byte[] uid) {
        return HexFormat.of().formatHex(uid);
    }
}

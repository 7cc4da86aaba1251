package dev.reclaim.dct.layout;

/**
 * Where things are in a DCT sector on Photon/P1 (WICED DCT, Particle compatibility build). Two copies live in
 * flash sectors 1 and 2; copy index {@code n} is flash sector {@code n}.
 */
public final class DctSector {
    /** One copy: a 16 KiB flash sector. */
    public static final int SIZE = 0x4000;
    /** Both copies, as {@code dfu-util -a 0 -s 0x8004000:0x8000} or {@code st-flash read} dump them. */
    public static final int IMAGE_SIZE = 2 * SIZE;
    public static final long DCT1_ADDRESS = 0x0800_4000L;
    public static final long DCT2_ADDRESS = 0x0800_8000L;
    public static final long IMAGE_END_ADDRESS = DCT1_ADDRESS + IMAGE_SIZE;

    /** {@code platform_dct_header_t}: the 388 bytes at the start of a copy. */
    public static final int HEADER_SIZE = 388;
    public static final int HEADER_FULL_SIZE = 0;
    public static final int HEADER_USED_SIZE = 4;
    public static final int HEADER_WRITE_INCOMPLETE = 8;
    public static final int HEADER_IS_CURRENT_DCT = 9;
    public static final int HEADER_APP_VALID = 10;
    public static final int HEADER_MFG_INFO_PROGRAMMED = 11;
    public static final int HEADER_MAGIC = 12;
    /** "BRCM" little-endian. */
    public static final long HEADER_MAGIC_VALUE = 0x4D43_5242L;

    /** {@code platform_dct_version_t}: 16 bytes at the end of a copy, written by firmware 0.7 and newer. */
    public static final int VERSION_OFFSET = 0x3FF0;
    public static final int VERSION_SIZE = 16;
    public static final int VERSION_MAGIC = 0;
    public static final int VERSION_USAGE_FLAGS = 4;
    public static final int VERSION_VERSION = 6;
    public static final int VERSION_CRC32 = 8;
    public static final int VERSION_INITIAL_WRITE = 12;
    public static final int VERSION_SEQUENCE = 13;
    public static final long VERSION_MAGIC_VALUE = 0xDC02_00CDL;
    /** The DCT version firmware 0.7+ writes (WICED SDK 3.7); a valid struct has 1 ≤ version ≤ this. */
    public static final int VERSION_CURRENT = 0x0370;

    /** Where {@code application_dct_t} starts in every copy and every firmware version. */
    public static final int APP_DCT_OFFSET = 0x1D7C;
    /** Size of {@code application_dct_t} since firmware 0.7.0 (4258 before). */
    public static final int APP_DCT_SIZE = 8391;

    private DctSector() {
    }

    /** Flash address of copy 1 or 2. */
    public static long address(int copyIndex) {
        return DCT1_ADDRESS + (long) imageOffset(copyIndex);
    }

    /** Offset of copy 1 or 2 in a two-sector image. */
    public static int imageOffset(int copyIndex) {
        if (copyIndex != 1 && copyIndex != 2) {
            throw new IllegalArgumentException("DCT copy index must be 1 or 2, not " + copyIndex);
        }
        return (copyIndex - 1) * SIZE;
    }

    public static int otherCopy(int copyIndex) {
        return 3 - copyIndex;
    }
}

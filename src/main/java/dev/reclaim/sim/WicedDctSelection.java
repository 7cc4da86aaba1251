package dev.reclaim.sim;

import java.util.zip.CRC32;

/**
 * The simulated firmware's own copy selection: a plain transliteration of Particle's WICED routines (reference
 * dct-layout-and-handshake.md §1.5 and §0), written apart from {@code dct.CopySelector} on purpose. The simulated
 * device must not select its DCT with the client's code, or a bug there would be invisible to every simulator test;
 * {@code WicedDctSelectionPropertyTest} feeds both the same images and requires the same answer.
 * <p>
 * Everything here is raw offsets and bytes as the C code has them, no record types from the client.
 */
final class WicedDctSelection {
    static final int DCT1 = 0;
    static final int DCT2 = 0x4000;
    private static final int SECTOR = 0x4000;

    private static final int HEADER_SIZE = 388;
    private static final long BOOTLOADER_MAGIC_NUMBER = 0x4D435242L;
    private static final long DCT_VERSION_MAGIC_NUMBER = 0xDC0200CDL;
    private static final int VERSION_STRUCT = SECTOR - 16;

    static final int DCT_VERSION_UNKNOWN = 0x7FFF;
    static final int DCT_VERSION_LEGACY = 0x0330;
    static final int DCT_VERSION_CURRENT = 0x0370;

    private WicedDctSelection() {
    }

    /**
     * {@code wiced_dct_get_current_address} of firmware 0.7–2.3 over both sectors (32 KiB, DCT1 first): 1 or 2, or
     * 0 when both are UNKNOWN (the firmware would then erase DCT1 and write an empty DCT).
     */
    static int currentCopy(byte[] flash) {
        int[] iw1 = new int[1];
        int[] seq1 = new int[1];
        int[] iw2 = new int[1];
        int[] seq2 = new int[1];
        int ver1 = validateAndDetermineVersion(flash, DCT1, iw1, seq1);
        int ver2 = validateAndDetermineVersion(flash, DCT2, iw2, seq2);
        if (ver1 == DCT_VERSION_UNKNOWN && ver2 == DCT_VERSION_UNKNOWN) {
            return 0;
        }
        if (ver1 == DCT_VERSION_UNKNOWN) {
            return 2;
        }
        if (ver2 == DCT_VERSION_UNKNOWN) {
            return 1;
        }
        if (ver1 != ver2) {
            return ver1 > ver2 ? 1 : 2;
        }
        if (iw2[0] != 0 && iw2[0] != 255) {
            return 2;
        }
        if (iw1[0] != 0 && iw1[0] != 255) {
            return 1;
        }
        if (seq1[0] > seq2[0]) {
            return 1;
        }
        if (seq2[0] > seq1[0]) {
            return 2;
        }
        if (seq1[0] != -1) {
            return 1;
        }
        return (flash[DCT1 + 9] & 0xFF) != 0 ? 1 : 2;
    }

    /**
     * {@code wiced_dct_validate_and_determine_version}: the copy's version code, with its initial_write and sequence
     * in the out-parameters as the firmware fills them.
     */
    static int validateAndDetermineVersion(byte[] flash, int start, int[] initialWrite, int[] sequence) {
        byte[] header = new byte[HEADER_SIZE];
        System.arraycopy(flash, start, header, 0, HEADER_SIZE);
        if (!minimalCheckDctHeader(header)) {
            return DCT_VERSION_UNKNOWN;
        }
        byte[] version = new byte[16];
        System.arraycopy(flash, start + VERSION_STRUCT, version, 0, 16);
        if (!minimalCheckDctVersion(version)) {
            // a copy written by firmware ≤0.6, accepted without CRC; what the firmware leaves in the out-parameters
            // here is not in the reference (UNVERIFIED): 0 and 0, so that two legacy copies tie and DCT1 wins
            initialWrite[0] = 0;
            sequence[0] = 0;
            return DCT_VERSION_LEGACY;
        }
        long storedCrc = le32(version, 8);
        int storedInitialWrite = version[12] & 0xFF;
        if (storedInitialWrite == 1 && storedCrc == 0) {
            initialWrite[0] = 1;
            sequence[0] = version[13] & 0xFF;
            return DCT_VERSION_CURRENT;
        }
        // the CRC is taken over local copies with write_incomplete, crc32 and initial_write zeroed; on a match the
        // firmware hands back the fields of that zeroed local struct, so initial_write is 0 whatever is stored (§0)
        header[8] = 0;
        for (int i = 8; i < 13; i++) {
            version[i] = 0;
        }
        long crc = 0xFFFFFFFFL;
        crc = crc32(header, 0, HEADER_SIZE, crc);
        for (int off = HEADER_SIZE; off < VERSION_STRUCT; off += 32) {
            crc = crc32(flash, start + off, Math.min(32, VERSION_STRUCT - off), crc);
        }
        crc = crc32(version, 0, 16, crc);
        if (crc == storedCrc) {
            initialWrite[0] = version[12] & 0xFF;
            sequence[0] = version[13] & 0xFF;
        } else {
            initialWrite[0] = 255;
            sequence[0] = -1;
        }
        return DCT_VERSION_CURRENT;
    }

    /**
     * Firmware 0.4–0.6 ({@code wiced_dct_internal_common.c} of SDK 3.3): the first of DCT1, DCT2 whose halfword at +8
     * is 0x0100 and whose magic is right; 0 when neither.
     */
    static int legacyCurrentCopy(byte[] flash) {
        for (int copy = 1; copy <= 2; copy++) {
            int start = copy == 1 ? DCT1 : DCT2;
            int halfword = (flash[start + 8] & 0xFF) | (flash[start + 9] & 0xFF) << 8;
            if (halfword == 0x0100 && le32(flash, start + 12) == BOOTLOADER_MAGIC_NUMBER) {
                return copy;
            }
        }
        return 0;
    }

    /** Start of the chosen copy's sector in the 32 KiB image. */
    static int sectorStart(int copy) {
        return copy == 2 ? DCT2 : DCT1;
    }

    private static boolean minimalCheckDctHeader(byte[] h) {
        long fullSize = le32(h, 0);
        long usedSize = le32(h, 4);
        return usedSize <= fullSize && le32(h, 12) == BOOTLOADER_MAGIC_NUMBER && h[8] == 0;
    }

    private static boolean minimalCheckDctVersion(byte[] v) {
        int version = (v[6] & 0xFF) | (v[7] & 0xFF) << 8;
        return le32(v, 0) == DCT_VERSION_MAGIC_NUMBER && version >= 1 && version <= DCT_VERSION_CURRENT;
    }

    /** Particle's shim in dct_hal.c: {@code crc32(p, n, c) = Compute_CRC32(p, n) ^ 0xFFFFFFFF ^ c}. */
    private static long crc32(byte[] p, int off, int n, long c) {
        CRC32 z = new CRC32();
        z.update(p, off, n);
        return z.getValue() ^ 0xFFFFFFFFL ^ c;
    }

    private static long le32(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}

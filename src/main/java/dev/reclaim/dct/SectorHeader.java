package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.HEADER_APP_VALID;
import static dev.reclaim.dct.layout.DctSector.HEADER_FULL_SIZE;
import static dev.reclaim.dct.layout.DctSector.HEADER_IS_CURRENT_DCT;
import static dev.reclaim.dct.layout.DctSector.HEADER_MAGIC;
import static dev.reclaim.dct.layout.DctSector.HEADER_MAGIC_VALUE;
import static dev.reclaim.dct.layout.DctSector.HEADER_USED_SIZE;
import static dev.reclaim.dct.layout.DctSector.HEADER_WRITE_INCOMPLETE;

import dev.reclaim.dct.layout.Bytes;

/**
 * The fields of {@code platform_dct_header_t} that decide whether a copy counts (the rest of the 388 bytes is
 * WICED boot detail that Particle's bootloader does not use).
 */
public record SectorHeader(long fullSize, long usedSize, int writeIncomplete, int isCurrentDct, int appValid,
        long magic) {

    /** Reads the header of the copy starting at {@code start} in {@code image}. */
    public static SectorHeader read(byte[] image, int start) {
        return new SectorHeader(Bytes.u32(image, start + HEADER_FULL_SIZE), Bytes.u32(image, start + HEADER_USED_SIZE),
                image[start + HEADER_WRITE_INCOMPLETE] & 0xFF, image[start + HEADER_IS_CURRENT_DCT] & 0xFF,
                image[start + HEADER_APP_VALID] & 0xFF, Bytes.u32(image, start + HEADER_MAGIC));
    }

    public boolean magicOk() {
        return magic == HEADER_MAGIC_VALUE;
    }

    /** Firmware ≥0.7's {@code wiced_dct_minimal_check_dct_header}. */
    public boolean passesMinimalCheck() {
        return usedSize <= fullSize && magicOk() && writeIncomplete == 0;
    }

    /** Firmware ≤0.6's test: halfword at +8 is 0x0100 (write complete, current) and the magic is right. */
    public boolean isLegacyCurrent() {
        return writeIncomplete == 0 && isCurrentDct == 1 && magicOk();
    }

    /** Why the ≥0.7 minimal check fails, in words; null if it passes. */
    public String minimalCheckFailure() {
        if (!magicOk()) {
            return magic == 0xFFFF_FFFFL ? "the sector is blank (erased) where the header should be"
                    : String.format("the header magic is 0x%08x, not \"BRCM\"", magic);
        }
        if (writeIncomplete != 0) {
            return "its write was not completed (write_incomplete = " + writeIncomplete + ")";
        }
        if (usedSize > fullSize) {
            return "its header sizes are inconsistent (used_size " + usedSize + " > full_size " + fullSize + ")";
        }
        return null;
    }
}

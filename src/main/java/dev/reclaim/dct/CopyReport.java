package dev.reclaim.dct;

/**
 * What one DCT copy looks like to a firmware generation's selection rule.
 *
 * @param index        1 (DCT1, 0x08004000, flash sector 1) or 2 (DCT2, 0x08008000, flash sector 2)
 * @param valid        whether the rule accepts the copy as a candidate
 * @param generation   the format the copy was written in (versioned if its version struct is plausible), or
 *                     null when the header is not a DCT header at all
 * @param sequence     the stored sequence byte (0–255) of a versioned copy; null otherwise. The ≥0.7 rule ranks a
 *                     copy whose CRC fails as −1 whatever is stored.
 * @param crcOk        whether the stored CRC matches; null when the copy has no CRC (legacy format, or an initial
 *                     write with crc32 = 0 that the firmware accepts unchecked)
 * @param initialWrite the stored initial_write byte of a versioned copy (0 otherwise)
 * @param retired      true when the CRC fails only because a later write cleared is_current_dct — the normal
 *                     state of the older copy after a firmware ≥0.7 write
 * @param header       the decoded header
 * @param version      the decoded version struct (meaningful only if generation is VERSIONED)
 * @param note         one line in plain words (why it is or is not valid)
 */
public record CopyReport(int index, boolean valid, DctGeneration generation, Integer sequence, Boolean crcOk,
        int initialWrite, boolean retired, SectorHeader header, VersionStruct version, String note) {
}

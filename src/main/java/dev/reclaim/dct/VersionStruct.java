package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.VERSION_CRC32;
import static dev.reclaim.dct.layout.DctSector.VERSION_CURRENT;
import static dev.reclaim.dct.layout.DctSector.VERSION_INITIAL_WRITE;
import static dev.reclaim.dct.layout.DctSector.VERSION_MAGIC;
import static dev.reclaim.dct.layout.DctSector.VERSION_MAGIC_VALUE;
import static dev.reclaim.dct.layout.DctSector.VERSION_OFFSET;
import static dev.reclaim.dct.layout.DctSector.VERSION_SEQUENCE;
import static dev.reclaim.dct.layout.DctSector.VERSION_SIZE;
import static dev.reclaim.dct.layout.DctSector.VERSION_USAGE_FLAGS;
import static dev.reclaim.dct.layout.DctSector.VERSION_VERSION;

import dev.reclaim.dct.layout.Bytes;

/** {@code platform_dct_version_t}, the 16 bytes at +0x3FF0 of a copy written by firmware 0.7 or newer. */
public record VersionStruct(long magic, int usageFlags, int version, long crc32, int initialWrite, int sequence,
        int pad0, int pad1) {

    public static VersionStruct read(byte[] image, int sectorStart) {
        int v = sectorStart + VERSION_OFFSET;
        return new VersionStruct(Bytes.u32(image, v + VERSION_MAGIC), Bytes.u16(image, v + VERSION_USAGE_FLAGS),
                Bytes.u16(image, v + VERSION_VERSION), Bytes.u32(image, v + VERSION_CRC32),
                image[v + VERSION_INITIAL_WRITE] & 0xFF, image[v + VERSION_SEQUENCE] & 0xFF,
                image[v + 14] & 0xFF, image[v + 15] & 0xFF);
    }

    /** Firmware ≥0.7's {@code wiced_dct_minimal_check_dct_version}: right magic and 1 ≤ version ≤ 0x370. */
    public boolean isPlausible() {
        return magic == VERSION_MAGIC_VALUE && version >= 1 && version <= VERSION_CURRENT;
    }

    public byte[] toBytes() {
        byte[] b = new byte[VERSION_SIZE];
        Bytes.putU32(b, VERSION_MAGIC, magic);
        Bytes.putU16(b, VERSION_USAGE_FLAGS, usageFlags);
        Bytes.putU16(b, VERSION_VERSION, version);
        Bytes.putU32(b, VERSION_CRC32, crc32);
        b[VERSION_INITIAL_WRITE] = (byte) initialWrite;
        b[VERSION_SEQUENCE] = (byte) sequence;
        b[14] = (byte) pad0;
        b[15] = (byte) pad1;
        return b;
    }
}

package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.HEADER_IS_CURRENT_DCT;
import static dev.reclaim.dct.layout.DctSector.HEADER_SIZE;
import static dev.reclaim.dct.layout.DctSector.HEADER_WRITE_INCOMPLETE;
import static dev.reclaim.dct.layout.DctSector.VERSION_CRC32;
import static dev.reclaim.dct.layout.DctSector.VERSION_INITIAL_WRITE;
import static dev.reclaim.dct.layout.DctSector.VERSION_OFFSET;
import static dev.reclaim.dct.layout.DctSector.VERSION_SIZE;

import java.util.zip.CRC32;

/**
 * The CRC that firmware ≥0.7 keeps in a copy's version struct. Particle's {@code crc32(p, n, c)} shim is
 * {@code zlibCrc32(p, n) ^ 0xFFFFFFFF ^ c}: each chunk's own CRC is XORed into the running value, so the result
 * depends on the chunk boundaries, which must be exactly the firmware's: (a) the 388-byte header with
 * write_incomplete = 0; (b) [388, 0x3FF0) in 32-byte chunks (the last one 12 bytes); (c) the version struct with
 * crc32 = 0 and initial_write = 0. Start value 0xFFFFFFFF.
 * <p>
 * Derived from the disassembly of Particle's prebuilt WICED library; not yet checked against a real dump
 * (UNVERIFIED end to end). A mismatch on a real device shows up as crcOk = false on both copies of a dump the
 * device itself wrote — then this class is what to revisit.
 */
public final class DctCrc {
    private static final int CHUNK = 32;

    private DctCrc() {
    }

    /** The CRC of the copy starting at {@code start} in {@code image}, as the firmware computes it. */
    public static long compute(byte[] image, int start) {
        return compute(image, start, image[start + HEADER_IS_CURRENT_DCT] & 0xFF);
    }

    /**
     * The CRC the copy would have with its is_current_dct byte set to {@code isCurrentDct}. With 1 this tells
     * whether a copy's CRC broke only because a later write retired it (cleared is_current_dct), which is normal.
     */
    public static long compute(byte[] image, int start, int isCurrentDct) {
        CRC32 crc = new CRC32();
        byte[] header = new byte[HEADER_SIZE];
        System.arraycopy(image, start, header, 0, HEADER_SIZE);
        header[HEADER_WRITE_INCOMPLETE] = 0;
        header[HEADER_IS_CURRENT_DCT] = (byte) isCurrentDct;
        long running = chunk(crc, header, 0, HEADER_SIZE, 0xFFFF_FFFFL);
        for (int off = HEADER_SIZE; off < VERSION_OFFSET; off += CHUNK) {
            running = chunk(crc, image, start + off, Math.min(CHUNK, VERSION_OFFSET - off), running);
        }
        byte[] version = new byte[VERSION_SIZE];
        System.arraycopy(image, start + VERSION_OFFSET, version, 0, VERSION_SIZE);
        for (int i = 0; i < 4; i++) {
            version[VERSION_CRC32 + i] = 0;
        }
        version[VERSION_INITIAL_WRITE] = 0;
        return chunk(crc, version, 0, VERSION_SIZE, running);
    }

    /**
     * Whether the copy at {@code start} carries a stored CRC that matches its bytes as they are, or as they were
     * before a later write retired it (is_current_dct cleared): then its bytes were read as stored, all but those
     * the CRC leaves out (write_incomplete, is_current_dct of a retired copy, initial_write).
     */
    public static boolean vouchesFor(byte[] image, int start) {
        long stored = VersionStruct.read(image, start).crc32();
        return stored != 0 && (compute(image, start) == stored || compute(image, start, 1) == stored);
    }

    private static long chunk(CRC32 crc, byte[] b, int off, int len, long running) {
        crc.reset();
        crc.update(b, off, len);
        return crc.getValue() ^ 0xFFFF_FFFFL ^ running;
    }
}

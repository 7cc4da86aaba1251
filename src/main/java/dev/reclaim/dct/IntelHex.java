package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.DCT1_ADDRESS;
import static dev.reclaim.dct.layout.DctSector.IMAGE_END_ADDRESS;
import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Intel HEX for the two DCT sectors (0x08004000–0x0800BFFF): record types 00 data, 01 end of file, 02/04
 * segment/linear base address, 03/05 start address (ignored). Every record's checksum is verified.
 */
public final class IntelHex {
    private static final int RECORD_DATA = 16;

    private IntelHex() {
    }

    /** A two-sector image read from HEX text, and how many of its bytes the file did not give (left 0xFF). */
    public record Parsed(byte[] image, int missingBytes) {
    }

    public static Parsed parse(byte[] text) throws DctFormatException {
        byte[] image = new byte[IMAGE_SIZE];
        Arrays.fill(image, (byte) 0xFF);
        boolean[] seen = new boolean[IMAGE_SIZE];
        int seenCount = 0;
        long base = 0;
        boolean ended = false;
        String[] lines = new String(text, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = n + 1;
            if (ended) {
                throw new DctFormatException("Intel HEX line " + lineNo + " comes after the end-of-file record");
            }
            byte[] rec = decodeRecord(line, lineNo);
            int length = rec[0] & 0xFF;
            int offset = (rec[1] & 0xFF) << 8 | rec[2] & 0xFF;
            int type = rec[3] & 0xFF;
            switch (type) {
                case 0x00 -> {
                    for (int i = 0; i < length; i++) {
                        long address = base + ((offset + i) & 0xFFFF);
                        if (address < DCT1_ADDRESS || address >= IMAGE_END_ADDRESS) {
                            throw new DctFormatException(String.format("Intel HEX line %d has data at 0x%08X, outside "
                                    + "the DCT sectors 0x%08X–0x%08X", lineNo, address, DCT1_ADDRESS, IMAGE_END_ADDRESS - 1));
                        }
                        int at = (int) (address - DCT1_ADDRESS);
                        byte value = rec[4 + i];
                        if (seen[at] && image[at] != value) {
                            throw new DctFormatException(String.format(
                                    "Intel HEX line %d gives 0x%08X a second, different value", lineNo, address));
                        }
                        if (!seen[at]) {
                            seen[at] = true;
                            seenCount++;
                        }
                        image[at] = value;
                    }
                }
                case 0x01 -> ended = true;
                case 0x02 -> base = (long) requireAddressRecord(rec, lineNo) << 4;
                case 0x04 -> base = (long) requireAddressRecord(rec, lineNo) << 16;
                case 0x03, 0x05 -> { } // start address: meaningless for a data dump
                default -> throw new DctFormatException(String.format(
                        "Intel HEX line %d has unknown record type 0x%02X", lineNo, type));
            }
        }
        if (!ended) {
            throw new DctFormatException("the Intel HEX file has no end-of-file record (:00000001FF): it is truncated");
        }
        if (seenCount == 0) {
            throw new DctFormatException("the Intel HEX file holds no data");
        }
        return new Parsed(image, IMAGE_SIZE - seenCount);
    }

    private static int requireAddressRecord(byte[] rec, int lineNo) throws DctFormatException {
        if ((rec[0] & 0xFF) != 2) {
            throw new DctFormatException("Intel HEX line " + lineNo + " is an address record without 2 data bytes");
        }
        return (rec[4] & 0xFF) << 8 | rec[5] & 0xFF;
    }

    /** Bytes of one ":LLAAAATT...CC" record (without the colon), after checking its length and checksum. */
    private static byte[] decodeRecord(String line, int lineNo) throws DctFormatException {
        if (line.charAt(0) != ':') {
            throw new DctFormatException("Intel HEX line " + lineNo + " does not start with ':'");
        }
        String hex = line.substring(1);
        if (hex.length() < 10 || hex.length() % 2 != 0) {
            throw new DctFormatException("Intel HEX line " + lineNo + " is too short or has an odd number of digits");
        }
        byte[] rec = new byte[hex.length() / 2];
        for (int i = 0; i < rec.length; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new DctFormatException("Intel HEX line " + lineNo + " has a character that is not a hex digit");
            }
            rec[i] = (byte) (hi << 4 | lo);
        }
        int length = rec[0] & 0xFF;
        if (rec.length != length + 5) {
            throw new DctFormatException("Intel HEX line " + lineNo + " announces " + length + " data bytes but has "
                    + (rec.length - 5));
        }
        int sum = 0;
        for (byte b : rec) {
            sum += b & 0xFF;
        }
        if ((sum & 0xFF) != 0) {
            int expected = (-(sum - (rec[rec.length - 1] & 0xFF))) & 0xFF;
            throw new DctFormatException(String.format("Intel HEX line %d has checksum 0x%02X, expected 0x%02X",
                    lineNo, rec[rec.length - 1] & 0xFF, expected));
        }
        return rec;
    }

    /** HEX text for a two-sector image: a linear address record, 16-byte data records, end of file. */
    public static byte[] format(byte[] image) {
        if (image.length != IMAGE_SIZE) {
            throw new IllegalArgumentException("expected a " + IMAGE_SIZE + "-byte image");
        }
        StringBuilder out = new StringBuilder(IMAGE_SIZE * 3);
        long upper = DCT1_ADDRESS >>> 16;
        record(out, 0, 0x04, new byte[] {(byte) (upper >>> 8), (byte) upper}, 0, 2);
        for (int off = 0; off < IMAGE_SIZE; off += RECORD_DATA) {
            int low = (int) ((DCT1_ADDRESS + off) & 0xFFFF);
            record(out, low, 0x00, image, off, RECORD_DATA);
        }
        out.append(":00000001FF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void record(StringBuilder out, int address, int type, byte[] data, int off, int len) {
        int sum = len + (address >>> 8) + (address & 0xFF) + type;
        out.append(':').append(String.format("%02X%04X%02X", len, address, type));
        for (int i = 0; i < len; i++) {
            int b = data[off + i] & 0xFF;
            sum += b;
            out.append(Character.toUpperCase(Character.forDigit(b >>> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        out.append(String.format("%02X", (-sum) & 0xFF)).append('\n');
    }
}

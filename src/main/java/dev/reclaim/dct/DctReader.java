package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.APP_DCT_SIZE;
import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;
import static dev.reclaim.dct.layout.DctSector.SIZE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a DCT file and tells which format it is, by content and size: Intel HEX (text starting with ':'),
 * 32768 bytes (both sectors), 16384 bytes (one sector), 1–8391 bytes (application DCT, DFU alt 1). Anything else
 * is a {@link DctFormatException} saying what was expected.
 */
public final class DctReader {
    /** A HEX file of the two sectors is about 90 KB; anything far larger is not one. */
    private static final long MAX_FILE_SIZE = 1 << 20;

    private DctReader() {
    }

    public static DctImage read(Path file) throws IOException, DctFormatException {
        long size = Files.size(file);
        if (size > MAX_FILE_SIZE) {
            throw new DctFormatException(file + " has " + size + " bytes, far more than any DCT dump (" + IMAGE_SIZE
                    + " bytes for both sectors)");
        }
        return parse(Files.readAllBytes(file));
    }

    public static DctImage parse(byte[] content) throws DctFormatException {
        if (content.length == 0) {
            throw new DctFormatException("the file is empty");
        }
        if (looksLikeHex(content)) {
            IntelHex.Parsed hex = IntelHex.parse(hasBom(content) ? Arrays.copyOfRange(content, 3, content.length) : content);
            return DctImage.ofIntelHex(hex.image(), hex.missingBytes());
        }
        if (content.length == IMAGE_SIZE) {
            return DctImage.ofTwoSectors(content);
        }
        if (content.length == SIZE) {
            return DctImage.ofSingleSector(content);
        }
        if (content.length <= APP_DCT_SIZE) {
            return DctImage.ofAppDct(content);
        }
        throw new DctFormatException("the file has " + content.length + " bytes, which is no DCT format: expected "
                + IMAGE_SIZE + " (both sectors, from 0x08004000), " + SIZE + " (one sector), at most " + APP_DCT_SIZE
                + " (application DCT, DFU alt 1), or Intel HEX");
    }

    /**
     * Starts (after an optional UTF-8 BOM and blank space) like a HEX record: ':' and two hex digits. A binary dump
     * practically never does, and a damaged HEX file then gets HEX error messages rather than a wrong format.
     */
    private static boolean looksLikeHex(byte[] content) {
        int i = hasBom(content) ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i + 2 < content.length && content[i] == ':' && Character.digit(content[i + 1], 16) >= 0
                && Character.digit(content[i + 2], 16) >= 0;
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }
}

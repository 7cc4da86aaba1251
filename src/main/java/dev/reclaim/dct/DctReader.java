package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.APP_DCT_SIZE;
import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;
import static dev.reclaim.dct.layout.DctSector.SIZE;

import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.files.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a DCT file and tells which format it is, by content and size: Intel HEX (text starting with ':'),
 * 32768 bytes (both sectors), 16384 bytes (one sector), 36–8391 bytes that look like an application DCT (DFU alt
 * 1: the device private key slot where it belongs). Anything else
 * is a {@link DctFormatException} saying what was expected.
 */
public final class DctReader {
    /** A HEX file of the two sectors is about 90 KB; anything far larger is not one. */
    private static final int MAX_FILE_SIZE = 1 << 20;

    private DctReader() {
    }

    public static DctImage read(Path file) throws IOException, DctFormatException {
        byte[] content;
        try {
            // read up to the cap, not by the size the file reports: /dev/zero reports 0 and never ends
            content = InputFiles.readAtMost(file, MAX_FILE_SIZE, "a DCT dump (" + IMAGE_SIZE + " bytes for both sectors)");
        } catch (InputFiles.UnusableInputException e) {
            throw new DctFormatException(e.getMessage());
        }
        return parse(content);
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
            requireAppDctShape(content);
            return DctImage.ofAppDct(content);
        }
        throw new DctFormatException("the file has " + content.length + " bytes, which is no DCT format: expected "
                + IMAGE_SIZE + " (both sectors, from 0x08004000), " + SIZE + " (one sector), at most " + APP_DCT_SIZE
                + " (application DCT, DFU alt 1), or Intel HEX");
    }

    /**
     * A short file is an application-DCT dump only if it looks like one: it reaches the device private key and
     * that slot starts as every firmware-written key does (DER SEQUENCE with a long-form length, 30 81/30 82) or
     * is erased (0xFF). A text file or a run of zeros is then refused instead of "checked" as a DCT.
     */
    private static void requireAppDctShape(byte[] content) throws DctFormatException {
        int key = DctLayout.photonP1().field("device_private_key").offset();
        String expected = " (application DCT, DFU alt 1: system_flags, version, then the device private key at byte "
                + key + "), " + IMAGE_SIZE + " (both sectors), " + SIZE + " (one sector), or Intel HEX";
        if (content.length < key + 2) {
            throw new DctFormatException("the file has " + content.length + " bytes, too few to hold any field of an"
                    + " application DCT; expected up to " + APP_DCT_SIZE + expected);
        }
        int b0 = content[key] & 0xFF;
        int b1 = content[key + 1] & 0xFF;
        if (!(b0 == 0xFF || (b0 == 0x30 && (b1 == 0x81 || b1 == 0x82)))) {
            throw new DctFormatException(String.format("the file has %d bytes but does not look like an application"
                    + " DCT: bytes %d-%d, where the device private key starts, are %02x %02x, neither a key (30 82)"
                    + " nor erased (ff). Expected up to %d bytes%s", content.length, key, key + 1, b0, b1,
                    APP_DCT_SIZE, expected));
        }
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

package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.APP_DCT_OFFSET;
import static dev.reclaim.dct.layout.DctSector.APP_DCT_SIZE;
import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;
import static dev.reclaim.dct.layout.DctSector.SIZE;

import dev.reclaim.dct.layout.DctSector;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DCT as read from a file or a device: its format and bytes (32 KiB for a two-sector dump or HEX, 16 KiB for a
 * single sector, up to 8391 bytes for an application-DCT-only dump). Immutable; selection results are cached.
 */
public final class DctImage {
    private final DctFormat format;
    private final byte[] bytes;
    private final int hexMissingBytes;
    private final Map<DctGeneration, Selection> selections = new EnumMap<>(DctGeneration.class);

    private DctImage(DctFormat format, byte[] bytes, int hexMissingBytes) {
        this.format = format;
        this.bytes = bytes.clone();
        this.hexMissingBytes = hexMissingBytes;
    }

    /** Both sectors, DCT1 at offset 0 (0x08004000), DCT2 at 0x4000 (0x08008000). */
    public static DctImage ofTwoSectors(byte[] image) {
        requireLength(image, IMAGE_SIZE, "a two-sector image");
        return new DctImage(DctFormat.TWO_SECTORS, image, 0);
    }

    public static DctImage ofSingleSector(byte[] sector) {
        requireLength(sector, SIZE, "a DCT sector");
        return new DctImage(DctFormat.SINGLE_SECTOR, sector, 0);
    }

    /** Application DCT bytes from offset 0 (DFU alt 1); any length from 1 to 8391. */
    public static DctImage ofAppDct(byte[] appDct) {
        if (appDct.length == 0 || appDct.length > APP_DCT_SIZE) {
            throw new IllegalArgumentException("an application DCT has 1 to " + APP_DCT_SIZE + " bytes");
        }
        return new DctImage(DctFormat.APP_DCT, appDct, 0);
    }

    /** A two-sector image that came from (or goes to) Intel HEX; {@code missingBytes} were not in the file. */
    public static DctImage ofIntelHex(byte[] image, int missingBytes) {
        requireLength(image, IMAGE_SIZE, "a two-sector image");
        return new DctImage(DctFormat.INTEL_HEX, image, missingBytes);
    }

    private static void requireLength(byte[] b, int length, String what) {
        if (b.length != length) {
            throw new IllegalArgumentException(what + " has " + length + " bytes, not " + b.length);
        }
    }

    public DctFormat format() {
        return format;
    }

    /** The format and size in words, e.g. "two-sector dump (DCT1 at 0x08004000, DCT2 at 0x08008000), 32768 bytes". */
    public String description() {
        return switch (format) {
            case TWO_SECTORS, SINGLE_SECTOR -> format.description() + ", " + bytes.length + " bytes";
            case INTEL_HEX -> format.description() + (hexMissingBytes == 0 ? ", complete"
                    : ", " + hexMissingBytes + " bytes not in the file (read as erased 0xff)");
            case APP_DCT -> format.description() + ", " + (bytes.length == APP_DCT_SIZE ? "all " + APP_DCT_SIZE
                    : bytes.length + " of " + APP_DCT_SIZE) + " bytes";
        };
    }

    /** A copy of the bytes (two-sector image, sector, or application DCT). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** 2, 1 or 0 DCT copies in this image. */
    public int copyCount() {
        return switch (format) {
            case TWO_SECTORS, INTEL_HEX -> 2;
            case SINGLE_SECTOR -> 1;
            case APP_DCT -> 0;
        };
    }

    /** Copy selection under {@code firmware}'s rule; no copies and no current one for an app-DCT-only file. */
    public synchronized Selection select(DctGeneration firmware) {
        return selections.computeIfAbsent(firmware, g -> switch (copyCount()) {
            case 2 -> CopySelector.select(bytes, g);
            case 1 -> CopySelector.selectSingle(bytes, g);
            default -> new Selection(g, List.of(), 0, "an application-DCT-only file has no copies to select from");
        });
    }

    /**
     * The application DCT the firmware would use: for an app-DCT-only file its bytes, else the selected copy's;
     * empty when no copy is valid.
     */
    public Optional<AppDct> currentAppDct(DctGeneration firmware) {
        if (format == DctFormat.APP_DCT) {
            return Optional.of(new AppDct(bytes));
        }
        Selection s = select(firmware);
        return s.hasCurrent() ? Optional.of(appDctOfCopy(s.current())) : Optional.empty();
    }

    /** The application DCT region of copy 1 or 2 (whether valid or not). */
    public AppDct appDctOfCopy(int copyIndex) {
        if (copyIndex < 1 || copyIndex > copyCount()) {
            throw new IllegalArgumentException("this " + format.id() + " image has no copy " + copyIndex);
        }
        int start = DctSector.imageOffset(copyIndex) + APP_DCT_OFFSET;
        return new AppDct(Arrays.copyOfRange(bytes, start, start + APP_DCT_SIZE));
    }

    /** The 16 KiB of copy 1 or 2. */
    public byte[] sectorBytes(int copyIndex) {
        if (copyIndex < 1 || copyIndex > copyCount()) {
            throw new IllegalArgumentException("this " + format.id() + " image has no copy " + copyIndex);
        }
        int start = DctSector.imageOffset(copyIndex);
        return Arrays.copyOfRange(bytes, start, start + SIZE);
    }

    /** The same format with other bytes of the same length (the result of an edit). */
    public DctImage withBytes(byte[] newBytes) {
        requireLength(newBytes, bytes.length, "the edited image");
        return new DctImage(format, newBytes, format == DctFormat.INTEL_HEX ? 0 : hexMissingBytes);
    }

    /** The file content in this image's own format (HEX text for Intel HEX, raw bytes otherwise). */
    public byte[] toFileBytes() {
        return format == DctFormat.INTEL_HEX ? IntelHex.format(bytes) : bytes.clone();
    }

    @Override
    public String toString() {
        return "DctImage[" + description() + "]";
    }
}

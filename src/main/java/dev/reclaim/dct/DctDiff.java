package dev.reclaim.dct;

import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.dct.layout.SectorSection;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between two DCTs: the named fields of the application DCTs in use, and the byte ranges outside
 * the application DCT (system sections, header, version struct) of the copies in use. (The layout names every
 * application-DCT byte, so raw ranges come only from the rest of the sector.)
 *
 * @param left     what the left side is (format and copy)
 * @param right    the same for the right side
 * @param fields   fields whose own bytes differ (a field's own bytes exclude fields nested in it)
 * @param raw      differing byte ranges outside the application DCT's named fields
 */
public record DctDiff(String left, String right, List<FieldChange> fields, List<RawChange> raw) {
    /** Differences closer together than this are reported as one range. */
    private static final int MERGE_GAP = 16;

    public DctDiff {
        fields = List.copyOf(fields);
        raw = List.copyOf(raw);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && raw.isEmpty();
    }

    /** A field that differs; either side may be ABSENT (short dump) or from no valid copy. */
    public record FieldChange(Field field, DecodedField before, DecodedField after) {
    }

    /**
     * A run of differing bytes outside named fields.
     *
     * @param section the sector section id (header, wifi_config, version, …; see {@link SectorSection})
     * @param offset  sector offset of the first differing byte
     * @param length  number of bytes from offset to the last differing one
     */
    public record RawChange(String section, int offset, int length) {
    }

    /** Compares the copies firmware ≥0.7 would use (copy 1 where none is valid), or the app DCT of a DFU dump. */
    public static DctDiff compare(DctImage a, DctImage b) {
        Side left = Side.of(a);
        Side right = Side.of(b);
        List<FieldChange> fields = new ArrayList<>();
        DctLayout layout = DctLayout.photonP1();
        for (Field f : layout.fields()) {
            if (!sameOwnBytes(layout, f, left.app, right.app)) {
                fields.add(new FieldChange(f, left.app.decode(f), right.app.decode(f)));
            }
        }
        List<RawChange> raw = new ArrayList<>();
        if (left.sector != null && right.sector != null) {
            sectorDifferences(left.sector, right.sector, raw);
        }
        return new DctDiff(left.label, right.label, fields, raw);
    }

    private static boolean sameOwnBytes(DctLayout layout, Field f, AppDct x, AppDct y) {
        boolean inX = x.covers(f);
        boolean inY = y.covers(f);
        if (inX != inY) {
            return false;
        }
        if (!inX) {
            return true;
        }
        byte[] bx = x.slot(f);
        byte[] by = y.slot(f);
        List<Field> nested = layout.nestedIn(f);
        for (int i = 0; i < bx.length; i++) {
            int at = f.offset() + i;
            if (bx[i] != by[i] && nested.stream().noneMatch(n -> at >= n.offset() && at < n.end())) {
                return false;
            }
        }
        return true;
    }

    /** Differences in the sectors outside the application DCT, grouped into ranges per section. */
    private static void sectorDifferences(byte[] x, byte[] y, List<RawChange> out) {
        int start = -1;
        int last = -1;
        SectorSection section = null;
        for (int i = 0; i < x.length; i++) {
            SectorSection here = SectorSection.at(i);
            if (here == SectorSection.APPLICATION || x[i] == y[i]) {
                continue;
            }
            if (start >= 0 && (here != section || i - last > MERGE_GAP)) {
                out.add(new RawChange(section.id(), start, last - start + 1));
                start = -1;
            }
            if (start < 0) {
                start = i;
                section = here;
            }
            last = i;
        }
        if (start >= 0) {
            out.add(new RawChange(section.id(), start, last - start + 1));
        }
    }

    /** One side of the comparison: its application DCT and (for sector images) the sector in use. */
    private record Side(String label, AppDct app, byte[] sector) {
        static Side of(DctImage image) {
            if (image.format() == DctFormat.APP_DCT) {
                return new Side(image.description(), new AppDct(image.bytes()), null);
            }
            Selection s = image.select(DctGeneration.VERSIONED);
            int copy = s.hasCurrent() ? s.current() : 1;
            String label = image.format().description() + ", copy " + copy + (s.hasCurrent() ? " (current)" : " (no valid copy)");
            return new Side(label, image.appDctOfCopy(copy), image.sectorBytes(copy));
        }
    }
}

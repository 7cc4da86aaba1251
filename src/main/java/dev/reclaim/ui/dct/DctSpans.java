package dev.reclaim.ui.dct;

import dev.reclaim.dct.CopyReport;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.ui.hex.Span;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Where a DCT's parts lie in the open image and how the hex view colours them: each copy's header and version
 * struct (the current copy in blue, the other in grey), and every field of the copy on show, coloured by kind —
 * keys warm, addresses blue, text green, flags teal — and red when its bytes do not decode.
 */
final class DctSpans {
    private static final Color CURRENT_COPY = Color.web("#1e88e5");
    private static final Color OTHER_COPY = Color.web("#9e9e9e");
    private static final Color INVALID = Color.web("#e53935");
    private static final Color BLANK = Color.web("#b0bec5");

    private DctSpans() {
    }

    /** Image offset of the application DCT of {@code copy} (0 for an application-DCT-only dump). */
    static int appDctStart(DctImage image, int copy) {
        return switch (image.format()) {
            case TWO_SECTORS, INTEL_HEX -> DctSector.imageOffset(copy) + DctSector.APP_DCT_OFFSET;
            case SINGLE_SECTOR -> DctSector.APP_DCT_OFFSET;
            case APP_DCT -> 0;
        };
    }

    /** Flash address of image offset 0, or -1 when the dump is addressed by application-DCT offset. */
    static long baseAddress(DctImage image) {
        return image.format().hasSectors() ? DctSector.DCT1_ADDRESS : -1;
    }

    /** Field rows of the copy the report decoded, with their spans. */
    static List<FieldRow> fieldRows(DctReport report) {
        DctImage image = report.image();
        int copy = Math.max(1, report.decodedCopy());
        int start = appDctStart(image, copy);
        long base = baseAddress(image);
        List<FieldRow> rows = new ArrayList<>();
        for (DecodedField d : report.fields()) {
            int at = start + d.field().offset();
            if (d.status() == FieldStatus.ABSENT || at >= image.length()) {
                continue;
            }
            Span span = new Span(d.name(), at, Math.min(d.field().size(), image.length() - at), colour(d),
                    d.field().description() + "\n" + d.text(), isSecret(d));
            rows.add(new FieldRow(d, at, base < 0 ? -1 : base + at, span));
        }
        return rows;
    }

    /** Spans for each copy's header and version struct, naming the copy and whether it is current. */
    static List<Span> copySpans(DctReport report) {
        DctImage image = report.image();
        List<Span> spans = new ArrayList<>();
        if (!image.format().hasSectors()) {
            return spans;
        }
        for (CopyReport c : report.selection().copies()) {
            int start = image.copyCount() == 1 ? 0 : DctSector.imageOffset(c.index());
            boolean current = c.index() == report.selection().current();
            String name = "DCT" + c.index() + (current ? " (current)" : "");
            Color colour = current ? CURRENT_COPY : OTHER_COPY;
            spans.add(new Span(name + " header", start, DctSector.HEADER_SIZE, colour, c.note()));
            spans.add(new Span(name + " version", start + DctSector.VERSION_OFFSET, DctSector.VERSION_SIZE, colour,
                    c.note()));
        }
        return spans;
    }

    /** Private keys and other secrets are masked in the hex view: they never reach the screen. */
    static boolean isSecret(DecodedField d) {
        return d.field().secret();
    }

    static Color colour(DecodedField d) {
        if (d.status() == FieldStatus.INVALID) {
            return INVALID;
        }
        if (d.status() == FieldStatus.BLANK) {
            return BLANK;
        }
        String type = d.field().type();
        if (isSecret(d)) {
            return Color.web("#e65100");
        }
        if (type.contains("key")) {
            return Color.web("#fb8c00");
        }
        if (type.equals("server-address")) {
            return Color.web("#1565c0");
        }
        if (type.contains("text") || type.equals("device-id")) {
            return Color.web("#2e7d32");
        }
        if (type.startsWith("u") || type.equals("claimed") || type.equals("product-store")) {
            return Color.web("#00897b");
        }
        return Color.web("#8e24aa");
    }
}

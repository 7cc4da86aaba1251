package dev.reclaim.cli;

import dev.reclaim.dct.CopyReport;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.finding.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The human output of {@code dct show} and {@code dct check}: short header, copies, a field table, findings. */
final class DctReportText {
    private DctReportText() {
    }

    static void summary(PrintWriter out, String file, DctReport r) {
        DctImage image = r.image();
        out.println("File    " + file);
        out.println("Format  " + image.description());
        if (image.copyCount() == 0) {
            return;
        }
        Selection s = r.selection();
        out.println();
        out.println("Copies (as firmware 0.7 and newer see them; * = in use)");
        out.printf("  %-6s %-10s  %-5s  %-9s  %-8s  %-7s  %s%n", "copy", "address", "valid", "format", "sequence", "CRC", "note");
        for (CopyReport c : s.copies()) {
            // a single-sector file may hold either copy: its flash address is unknown
            String address = image.copyCount() == 2 ? String.format("0x%08X", DctSector.address(c.index())) : "(sector)";
            out.printf("  %-6s %-10s  %-5s  %-9s  %-8s  %-7s  %s%n", c.index() + (c.index() == s.current() ? " *" : ""),
                    address, c.valid() ? "yes" : "no",
                    c.generation() == null ? "-" : c.generation().id(), c.sequence() == null ? "-" : c.sequence(),
                    crc(c), c.note());
        }
        out.println("  In use: " + (s.hasCurrent() ? "copy " + s.current() : "none") + " (" + s.reason() + ")");
        if (r.firmwareGenerationsDisagree()) {
            Selection legacy = r.legacySelection();
            out.println("  Firmware 0.6 and older would use " + (legacy.hasCurrent() ? "copy " + legacy.current() : "no copy")
                    + " instead (" + legacy.reason() + ")");
        }
    }

    private static String crc(CopyReport c) {
        if (c.crcOk() == null) {
            return "-";
        }
        return c.crcOk() ? "ok" : c.retired() ? "retired" : "BAD";
    }

    static void fields(PrintWriter out, DctReport r) {
        out.println();
        if (r.fields().isEmpty()) {
            out.println("No application DCT to decode (no valid copy; --copy 1 or --copy 2 shows a copy anyway).");
            return;
        }
        out.println(r.decodedCopy() == 0 ? "Application DCT"
                : String.format("Application DCT of copy %d (sector offset 0x%04X)", r.decodedCopy(), DctSector.APP_DCT_OFFSET));
        int width = r.fields().stream().mapToInt(f -> f.name().length()).max().orElse(10);
        out.printf("  %-" + width + "s  %6s  %5s  %-7s  %s%n", "field", "offset", "size", "status", "value");
        for (DecodedField f : r.fields()) {
            out.printf("  %-" + width + "s  %6d  %5d  %-7s  %s%n", f.name(), f.field().offset(), f.field().size(),
                    f.status().id(), f.text());
        }
    }

    static void checks(PrintWriter out, List<Finding> checks) {
        out.println();
        out.println("Checks");
        if (checks.isEmpty()) {
            out.println("  No problems found.");
            return;
        }
        for (Finding c : checks) {
            out.printf("  %-7s  %s: %s%n", c.severity().id().toUpperCase(Locale.ROOT), c.id(), c.cause());
            out.printf("  %-7s  fix: %s%n", "", c.fix());
            c.wizard().ifPresent(w -> out.printf("  %-7s  wizard: %s%n", "", FindingText.wizard(w)));
        }
        long problems = checks.stream().filter(Finding::isProblem).count();
        out.println(problems == 0 ? "  No problems found." : "  " + problems + (problems == 1 ? " problem" : " problems") + " found.");
    }
}

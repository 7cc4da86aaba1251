package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.dct.DctDiff;
import dev.reclaim.dct.codec.DecodedField;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim dct diff A B}: changed fields, then changed bytes outside the application DCT. Exit 0 same, 1 differ. */
@Command(name = "diff", description = "Compare two DCT files (any formats): the fields that differ in the copies in use, "
        + "and differing bytes outside the application DCT. Exit 0: identical; 1: they differ.")
final class DctDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    Path a;

    @Parameters(index = "1", paramLabel = "B")
    Path b;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        DctDiff diff = DctDiff.compare(DctFiles.read(a), DctFiles.read(b));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(diff));
        } else {
            print(out, diff);
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private void print(PrintWriter out, DctDiff diff) {
        out.println("A  " + a + ": " + diff.left());
        out.println("B  " + b + ": " + diff.right());
        if (diff.isEmpty()) {
            out.println("No differences.");
            out.flush();
            return;
        }
        if (!diff.fields().isEmpty()) {
            out.println();
            int width = diff.fields().stream().mapToInt(c -> c.field().name().length()).max().orElse(10);
            out.printf("%-" + width + "s  %6s  %5s  %s%n", "field", "offset", "size", "A → B");
            for (DctDiff.FieldChange c : diff.fields()) {
                out.printf("%-" + width + "s  %6d  %5d  %s%n", c.field().name(), c.field().offset(), c.field().size(),
                        text(c.before()));
                out.printf("%-" + width + "s  %6s  %5s  → %s%n", "", "", "", text(c.after()));
            }
        }
        if (!diff.raw().isEmpty()) {
            out.println();
            out.println("Bytes outside the application DCT (sector offsets of the copies in use):");
            for (DctDiff.RawChange r : diff.raw()) {
                out.printf("  0x%04X–0x%04X  %-14s %d byte%s%n", r.offset(), r.offset() + r.length() - 1, r.section(),
                        r.length(), r.length() == 1 ? "" : "s");
            }
        }
        out.flush();
    }

    private static String text(DecodedField f) {
        return "[" + f.status().id() + "] " + f.text();
    }

    private ObjectNode toJson(DctDiff diff) {
        ObjectNode root = Json.object();
        root.put("a", a.toString());
        root.put("b", b.toString());
        root.put("left", diff.left());
        root.put("right", diff.right());
        root.put("identical", diff.isEmpty());
        ArrayNode fields = root.putArray("fields");
        for (DctDiff.FieldChange c : diff.fields()) {
            ObjectNode n = fields.addObject();
            n.put("name", c.field().name());
            n.put("offset", c.field().offset());
            n.put("size", c.field().size());
            n.set("a", DctReportJson.field(c.before()));
            n.set("b", DctReportJson.field(c.after()));
        }
        ArrayNode raw = root.putArray("raw");
        for (DctDiff.RawChange r : diff.raw()) {
            raw.addObject().put("section", r.section()).put("offset", r.offset()).put("length", r.length());
        }
        return root;
    }
}

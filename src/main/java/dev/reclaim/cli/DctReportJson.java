package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.dct.CopyReport;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.finding.Finding;

/**
 * The JSON of {@code dct show} / {@code dct check}: format, platform, activeCopy, copies, fields (by firmware
 * name, with offset, size, status and value) and checks. Field values are the codecs' printable values, which
 * never include private key material.
 */
final class DctReportJson {
    private DctReportJson() {
    }

    static ObjectNode show(String file, DctReport r) {
        ObjectNode root = header(file, r);
        ObjectNode fields = root.putObject("fields");
        for (DecodedField f : r.fields()) {
            fields.set(f.name(), field(f));
        }
        root.set("checks", checks(r));
        root.put("problems", r.checks().stream().filter(Finding::isProblem).count());
        return root;
    }

    static ObjectNode check(String file, DctReport r) {
        ObjectNode root = header(file, r);
        root.set("checks", checks(r));
        root.put("problems", r.checks().stream().filter(Finding::isProblem).count());
        return root;
    }

    private static ObjectNode header(String file, DctReport r) {
        DctImage image = r.image();
        Selection s = r.selection();
        ObjectNode root = Json.object();
        root.put("file", file);
        root.put("format", image.format().id());
        root.put("formatDescription", image.description());
        root.put("platform", DctLayout.photonP1().platform());
        putCopy(root, "activeCopy", s.current(), image.copyCount() > 0);
        root.put("selectionReason", s.reason());
        putCopy(root, "legacyActiveCopy", r.legacySelection().current(), image.copyCount() > 0);
        putCopy(root, "decodedCopy", r.decodedCopy(), r.decodedCopy() != 0);
        ArrayNode copies = root.putArray("copies");
        for (CopyReport c : s.copies()) {
            copies.add(copy(c));
        }
        return root;
    }

    private static void putCopy(ObjectNode node, String name, int copy, boolean meaningful) {
        if (meaningful && copy != 0) {
            node.put(name, copy);
        } else {
            node.putNull(name);
        }
    }

    private static ObjectNode copy(CopyReport c) {
        ObjectNode n = Json.object();
        n.put("index", c.index());
        n.put("valid", c.valid());
        n.put("generation", c.generation() == null ? null : c.generation().id());
        if (c.sequence() == null) {
            n.putNull("sequence");
        } else {
            n.put("sequence", c.sequence());
        }
        if (c.crcOk() == null) {
            n.putNull("crcOk");
        } else {
            n.put("crcOk", c.crcOk());
        }
        n.put("initialWrite", c.initialWrite());
        n.put("retired", c.retired());
        n.put("writeIncomplete", c.header().writeIncomplete() != 0);
        n.put("isCurrentDct", c.header().isCurrentDct());
        n.put("note", c.note());
        return n;
    }

    static ObjectNode field(DecodedField f) {
        ObjectNode n = Json.object();
        n.put("offset", f.field().offset());
        n.put("size", f.field().size());
        n.put("type", f.field().type());
        n.put("status", f.status().id());
        n.set("value", Json.MAPPER.valueToTree(f.value()));
        n.put("text", f.text());
        if (f.problem() != null) {
            n.put("problem", f.problem());
        }
        return n;
    }

    private static ArrayNode checks(DctReport r) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Finding c : r.checks()) {
            a.add(check(c));
        }
        return a;
    }

    /** {"id", "severity", "message", "fix"}, and "field" when the finding is about one field. */
    private static ObjectNode check(Finding c) {
        ObjectNode n = Json.object();
        n.put("id", c.id());
        n.put("severity", c.severity().id());
        n.put("message", c.cause());
        n.put("fix", c.fix());
        c.field().ifPresent(f -> n.put("field", f));
        return n;
    }
}

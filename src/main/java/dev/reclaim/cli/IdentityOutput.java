package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.firmware.ModuleDependency;
import dev.reclaim.firmware.ModuleInfo;
import dev.reclaim.firmware.ModuleSlot;
import dev.reclaim.firmware.SystemModuleVersions;
import dev.reclaim.workflow.Identity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code device info}'s output: the identity and the Device OS modules, as text or as one JSON document. */
final class IdentityOutput {
    private static final String HIDDEN = "(unreadable: read protection is on)";
    private static final String INDENT = " ".repeat(19);

    private IdentityOutput() {
    }

    static void text(Identity id, PrintWriter out) {
        out.printf("Device ID          %s%n", id.deviceId().orElse(HIDDEN));
        out.printf("Chip               STM32F2 (0x%03X)%s%n", id.chipId(), id.flashSizeKib().isPresent()
                ? ", " + id.flashSizeKib().getAsInt() + " KiB flash" : "");
        out.printf("Read protection    %s%n", id.readProtection());
        out.printf("Write protection   %s%n", id.writeProtected().map(DeviceCommand::sectors).orElse(HIDDEN));
        if (id.firmware().isEmpty()) {
            out.printf("Device OS          %s%n", HIDDEN);
        } else {
            InstalledFirmware fw = id.firmware().get();
            out.printf("Device OS          %s%s%n", fw.describe(),
                    fw.handshakeLines().map(h -> "; " + h.words()).orElse(""));
            List<String> lines = fw.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.printf("%s%s%n", i == 0 ? "Modules            " : INDENT, lines.get(i));
            }
            for (Finding f : fw.findings()) {
                if (f.isProblem()) {
                    out.printf("%-19s%s: %s%n", f.severity().id().toUpperCase(Locale.ROOT), f.title(), f.cause());
                    out.printf("%sfix: %s%n", INDENT, f.fix());
                }
            }
        }
        out.printf("Reached through    %s%n", id.reachedThrough());
    }

    static String json(Identity id) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("deviceId", id.deviceId().orElse(null));
        node.put("chipId", String.format("0x%03X", id.chipId()));
        if (id.flashSizeKib().isPresent()) {
            node.put("flashSizeKib", id.flashSizeKib().getAsInt());
        } else {
            node.putNull("flashSizeKib");
        }
        node.put("readProtection", id.readProtectionLevel());
        if (id.writeProtected().isPresent()) {
            id.writeProtected().get().forEach(node.putArray("writeProtectedSectors")::add);
        } else {
            node.putNull("writeProtectedSectors");
        }
        node.put("deviceOs", id.firmware().flatMap(InstalledFirmware::deviceOs).orElse(null));
        if (id.firmware().isPresent()) {
            node.set("firmware", firmware(id.firmware().get()));
        } else {
            node.putNull("firmware");
        }
        node.put("access", id.reachedThrough());
        return node.toString();
    }

    /**
     * {"systemModuleVersion", "printsHandshake", "modules": [{"slot", "headerAddress", "platformId", "function",
     * "index", "version", "release" (system parts), "dependencies"}], "findings"}; a slot with no module is absent.
     */
    private static ObjectNode firmware(InstalledFirmware fw) {
        ObjectNode n = Json.object();
        if (fw.systemVersion().isPresent()) {
            n.put("systemModuleVersion", fw.systemVersion().getAsInt());
        } else {
            n.putNull("systemModuleVersion");
        }
        if (fw.handshakeLines().isPresent()) {
            n.put("printsHandshake", fw.handshakeLines().get().printed());
        } else {
            n.putNull("printsHandshake");
        }
        ArrayNode modules = n.putArray("modules");
        fw.modules().forEach((slot, m) -> modules.add(module(slot, m)));
        ArrayNode findings = n.putArray("findings");
        for (Finding f : fw.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id());
            o.put("severity", f.severity().id());
            o.put("title", f.title());
            o.put("message", f.cause());
            o.put("fix", f.fix());
            if (f.location() instanceof Location.Flash at) {
                o.put("address", hex(at.address()));
            }
        }
        return n;
    }

    private static ObjectNode module(ModuleSlot slot, ModuleInfo m) {
        ObjectNode o = Json.object();
        o.put("slot", slot.id());
        o.put("headerAddress", hex(m.headerAddress()));
        o.put("platformId", m.platformId());
        o.put("function", m.function().toString());
        o.put("index", m.index());
        o.put("version", m.version());
        if (slot != ModuleSlot.USER_PART) {
            o.put("release", SystemModuleVersions.release(m.version()).orElse(null));
        }
        ArrayNode deps = o.putArray("dependencies");
        for (ModuleDependency d : List.of(m.dependency(), m.dependency2())) {
            if (!d.none()) {
                deps.addObject().put("function", d.function().toString()).put("index", d.index())
                        .put("version", d.version()).put("needs", InstalledFirmware.needed(d));
            }
        }
        return o;
    }

    private static String hex(long address) {
        return String.format("0x%08X", address);
    }
}

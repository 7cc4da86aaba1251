package dev.reclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.workflow.ProbeListing;
import dev.reclaim.workflow.ProbeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim probes}: the ST-Links on the USB bus, their serials, firmware and the target voltage they see. */
@Command(name = "probes", description = "List the ST-Link probes plugged in (serial, firmware, target voltage).")
final class ProbesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ProbeReport> probes;
        try {
            probes = ProbeListing.survey();
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(probes));
        } else if (probes.isEmpty()) {
            out.println("No ST-Link found. Check the USB cable; on Linux a probe is listed even without the udev"
                    + " rule, so an empty list means the probe is not on the bus.");
        } else {
            probes.forEach(p -> out.println(line(p)));
        }
        out.flush();
        return probes.stream().anyMatch(ProbeReport::usable) ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    /** "ST-Link/V2  066DFF48  V2J37S7  target 3.29 V  (bus 1, device 7)" or the problem. */
    static String line(ProbeReport p) {
        String where = String.format("(bus %d, device %d)", p.bus(), p.address());
        String serial = p.serial().orElse("serial unknown");
        if (p.problem().isPresent()) {
            return String.format("%-28s %-26s %s%n    %s", p.product(), serial, where,
                    p.problem().get());
        }
        String volts = p.targetMillivolts().isPresent()
                ? String.format("target %.2f V", p.targetMillivolts().getAsInt() / 1000.0) : "target voltage n/a";
        return String.format("%-28s %-26s %-9s %-16s %s", p.product(), serial,
                p.firmware().orElse("?"), volts, where);
    }

    static String toJson(List<ProbeReport> probes) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode list = mapper.createArrayNode();
        for (ProbeReport p : probes) {
            ObjectNode node = list.addObject();
            node.put("product", p.product());
            node.put("productId", String.format("0x%04X", p.productId()));
            node.put("serial", p.serial().orElse(null));
            node.put("bus", p.bus());
            node.put("address", p.address());
            node.put("firmware", p.firmware().orElse(null));
            if (p.targetMillivolts().isPresent()) {
                node.put("targetMillivolts", p.targetMillivolts().getAsInt());
            } else {
                node.putNull("targetMillivolts");
            }
            node.put("usable", p.usable());
            node.put("problem", p.problem().orElse(null));
        }
        ObjectNode root = mapper.createObjectNode();
        root.set("probes", list);
        return root.toString();
    }
}

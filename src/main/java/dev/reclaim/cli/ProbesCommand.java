package dev.reclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.link.StLinkProbes;
import dev.reclaim.flash.stlink.ProbeSurvey;
import dev.reclaim.flash.stlink.ProbeSurvey.ProbeStatus;
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
        List<ProbeStatus> probes;
        try {
            probes = ProbeSurvey.survey(StLinkProbes.list(), p -> StLinkProbes.open(p.serial()));
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
        return probes.stream().anyMatch(p -> p.problem().isEmpty()) ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    /** "ST-Link/V2  066DFF48  V2J37S7  target 3.29 V  (bus 1, device 7)" or the problem. */
    static String line(ProbeStatus p) {
        String where = String.format("(bus %d, device %d)", p.probe().bus(), p.probe().address());
        String serial = p.probe().serial().orElse("serial unknown");
        if (p.problem().isPresent()) {
            return String.format("%-28s %-26s %s%n    %s", p.probe().product().displayName(), serial, where,
                    p.problem().get());
        }
        String volts = p.targetMillivolts().isPresent()
                ? String.format("target %.2f V", p.targetMillivolts().getAsInt() / 1000.0) : "target voltage n/a";
        return String.format("%-28s %-26s %-9s %-16s %s", p.probe().product().displayName(), serial,
                p.firmware().map(Object::toString).orElse("?"), volts, where);
    }

    static String toJson(List<ProbeStatus> probes) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode list = mapper.createArrayNode();
        for (ProbeStatus p : probes) {
            ObjectNode node = list.addObject();
            node.put("product", p.probe().product().displayName());
            node.put("productId", String.format("0x%04X", p.probe().product().productId()));
            node.put("serial", p.probe().serial().orElse(null));
            node.put("bus", p.probe().bus());
            node.put("address", p.probe().address());
            node.put("firmware", p.firmware().map(Object::toString).orElse(null));
            if (p.targetMillivolts().isPresent()) {
                node.put("targetMillivolts", p.targetMillivolts().getAsInt());
            } else {
                node.putNull("targetMillivolts");
            }
            node.put("usable", p.problem().isEmpty());
            node.put("problem", p.problem().orElse(null));
        }
        ObjectNode root = mapper.createObjectNode();
        root.set("probes", list);
        return root.toString();
    }
}

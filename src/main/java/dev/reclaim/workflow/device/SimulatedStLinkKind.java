package dev.reclaim.workflow.device;

import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.sim.stlink.ProbeFaults;
import dev.reclaim.sim.stlink.SimulatedStLinks;
import java.util.List;

/**
 * {@code sim-stlink[:SCENARIO[,FAULT...]]}: the simulated P1 with a simulated ST-Link on its SWD pads, optionally
 * misbehaving (unpowered, swd-pins-reused, wait=N, unplug=K) to exercise the ST-Link client's failure paths.
 */
final class SimulatedStLinkKind extends KindFacts {
    SimulatedStLinkKind() {
        super("sim-stlink", "sim-stlink[:SCENARIO[,FAULT...]]",
                "the simulated P1 through a simulated ST-Link; FAULT: unpowered, swd-pins-reused, wait=N or unplug=K",
                "ST-Link", Attachment.SIMULATOR, Reaches.FLASH_AND_LOG);
    }

    @Override
    public String argument(String text) {
        List<String> words = words(text);
        ProbeFaults.parse(words.subList(1, words.size()));
        List<String> canonical = new java.util.ArrayList<>(words);
        canonical.set(0, SimulatedScenarios.check(words.get(0)));
        return String.join(",", canonical);
    }

    @Override
    public String describe(String argument) {
        List<String> words = words(argument);
        return "simulated P1 (" + words.get(0) + ") through a simulated ST-Link"
                + (words.size() > 1 ? " (" + String.join(", ", words.subList(1, words.size())) + ")" : "");
    }

    @Override
    public List<Candidate> candidates() {
        return SimulatedScenarios.candidates();
    }

    @Override
    public boolean takesStLinkSettings() {
        return true;
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        List<String> words = words(argument);
        ProbeFaults faults = ProbeFaults.parse(words.subList(1, words.size()));
        // Each flash use plugs a fresh probe into the same running device, as a person re-plugging the cable would.
        return SimulatedConnection.start(words.get(0), options, " through a simulated ST-Link",
                sim -> StLinkFlashTarget.connect(SimulatedStLinks.plugInto(sim.device(), faults), DeviceClock.SYSTEM,
                        options.stLink().swdKhz(), options.stLink().attach()));
    }

    private static List<String> words(String text) {
        return List.of((text == null ? "" : text).split(",", -1)).stream().map(String::trim).toList();
    }
}

package dev.reclaim.workflow.device;

import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.sim.stlink.ProbeFaults;
import dev.reclaim.sim.stlink.SimulatedBench;
import dev.reclaim.sim.stlink.SimulatedStLinks;
import java.util.List;
import java.util.Optional;

/**
 * {@code sim-stlink[:SCENARIO[,FAULT...]]}: the simulated P1 with a simulated ST-Link on its SWD pads, optionally
 * misbehaving (unpowered, swd-pins-reused, wait=N, unplug=K) to exercise the ST-Link client's failure paths. With
 * {@code bench=NAME} the probe sits on a {@link SimulatedBench}: boards are put on it and taken off, and it measures
 * 0 V in between, as a station's fixture does.
 */
final class SimulatedStLinkKind extends KindFacts {
    private static final String BENCH = "bench=";

    SimulatedStLinkKind() {
        super("sim-stlink", "sim-stlink[:SCENARIO[,FAULT...]]",
                "the simulated P1 through a simulated ST-Link; FAULT: unpowered, swd-pins-reused, wait=N or unplug=K;"
                        + " bench=NAME puts the probe on a simulated station fixture",
                "ST-Link", Attachment.SIMULATOR, Reaches.FLASH_AND_LOG);
    }

    @Override
    public String argument(String text) {
        List<String> words = words(text);
        ProbeFaults.parse(faultWords(words));
        bench(words).ifPresent(name -> {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("bench= needs a name, e.g. sim-stlink:healthy,bench=line1.");
            }
        });
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

    /** On a bench, the probe's target voltage tells a board from none; otherwise every device is a fresh one. */
    @Override
    public Optional<AttachSense> attachSense(String argument) {
        return bench(words(argument)).map(SimulatedBench::named).map(bench -> {
            // One probe for all readings, as a real one stays plugged in (and out of DFU mode once it has left).
            var probe = SimulatedStLinks.onBench(bench);
            return new TargetVoltageSense(() -> probe, "the simulated ST-Link on bench " + bench.name());
        });
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        List<String> words = words(argument);
        ProbeFaults faults = ProbeFaults.parse(faultWords(words));
        Optional<SimulatedBench> bench = bench(words).map(SimulatedBench::named);
        // Each flash use plugs a fresh probe into the same running device, as a person re-plugging the cable would.
        return SimulatedConnection.start(words.get(0), options, " through a simulated ST-Link",
                sim -> StLinkFlashTarget.connect(bench.isEmpty() ? SimulatedStLinks.plugInto(sim.device(), faults)
                                : SimulatedStLinks.plugInto(sim.device(), faults, bench.get()::boardOnPins),
                        DeviceClock.SYSTEM, options.stLink().swdKhz(), options.stLink().attach()));
    }

    private static Optional<String> bench(List<String> words) {
        return words.stream().skip(1).filter(w -> w.startsWith(BENCH)).map(w -> w.substring(BENCH.length()))
                .findFirst();
    }

    private static List<String> faultWords(List<String> words) {
        return words.subList(1, words.size()).stream().filter(w -> !w.startsWith(BENCH)).toList();
    }

    private static List<String> words(String text) {
        return List.of((text == null ? "" : text).split(",", -1)).stream().map(String::trim).toList();
    }
}

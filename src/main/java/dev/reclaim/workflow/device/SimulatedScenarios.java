package dev.reclaim.workflow.device;

import dev.reclaim.sim.Scenarios;
import java.util.List;

/** The scenarios the simulated P1 ships with, as candidates, and the check of a scenario name. */
final class SimulatedScenarios {
    /** The P1 failure Reclaim is about. */
    static final String DEFAULT = "keys-rejected";

    private SimulatedScenarios() {
    }

    static List<Candidate> candidates() {
        return Scenarios.NAMES.stream().map(n -> new Candidate(n, n, Scenarios.load(n).summary())).toList();
    }

    /** The scenario named, DEFAULT when blank; throws naming the scenarios there are. */
    static String check(String name) {
        String n = name == null || name.isBlank() ? DEFAULT : name.trim();
        Scenarios.load(n);
        return n;
    }
}

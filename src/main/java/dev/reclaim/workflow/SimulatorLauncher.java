package dev.reclaim.workflow;

import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenario;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Path;

/** Starts a simulated P1 on pseudo-terminals (socat), as {@code reclaim simulate} runs it. */
public final class SimulatorLauncher {
    /** A simulator on ptys until closed. */
    public static final class Running implements AutoCloseable {
        private final Scenario scenario;
        private final PtySimulator sim;

        private Running(Scenario scenario, PtySimulator sim) {
            this.scenario = scenario;
            this.sim = sim;
        }

        public String scenarioName() {
            return scenario.name();
        }

        public String scenarioSummary() {
            return scenario.summary();
        }

        public String deviceId() {
            return sim.device().chip().deviceId();
        }

        /** Where its bootloader UART is (a symlink to a pty). */
        public Path bootloaderPath() {
            return sim.bootloaderPath();
        }

        /** Where its log UART is. */
        public Path logPath() {
            return sim.logPath();
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    private SimulatorLauncher() {
    }

    /**
     * Checks the scenario (so a bad name is a usage error before anything starts).
     *
     * @throws IllegalArgumentException naming the scenarios there are
     */
    public static void checkScenario(String scenario) {
        Scenarios.load(scenario);
    }

    /**
     * @param paced deliver bytes no faster than a real wire at {@code baud}
     * @throws IllegalArgumentException for an unknown scenario
     * @throws IOException              when the ptys cannot be made (socat missing)
     */
    public static Running start(String scenario, boolean paced, int baud, Path pty) throws IOException {
        Scenario s = Scenarios.load(scenario);
        SimulatorOptions options = SimulatorOptions.realistic().withPacing(paced, baud);
        return new Running(s, PtySimulator.start(SimulatedDevices.create(s, options, SimulatedCloud.particle()), pty));
    }
}

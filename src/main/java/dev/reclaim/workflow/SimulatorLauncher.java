package dev.reclaim.workflow;

import dev.reclaim.sim.PtySimulator;
import dev.reclaim.sim.Scenario;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedCloudServer;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Starts a simulated P1 on pseudo-terminals (socat) and its simulated cloud's API on loopback, as
 * {@code reclaim simulate} runs them.
 */
public final class SimulatorLauncher {
    /**
     * How the simulated cloud's API is served.
     *
     * @param port    0 for a free port
     * @param token   the only access token it accepts; null to generate one
     * @param failing call names answered with HTTP 503: register, claim, unclaim, lookup, product
     */
    public record CloudOptions(int port, String token, List<String> failing) {
        public CloudOptions {
            failing = failing == null ? List.of() : List.copyOf(failing);
        }

        public static CloudOptions defaults() {
            return new CloudOptions(0, null, List.of());
        }
    }

    /** A simulator on ptys until closed. */
    public static final class Running implements AutoCloseable {
        private final Scenario scenario;
        private final PtySimulator sim;
        private final SimulatedCloudServer cloud;
        private final String token;

        private Running(Scenario scenario, PtySimulator sim, SimulatedCloudServer cloud, String token) {
            this.scenario = scenario;
            this.sim = sim;
            this.cloud = cloud;
            this.token = token;
        }

        /** The simulated cloud's API root, for {@code --cloud URL}. */
        public URI cloudUrl() {
            return cloud.baseUrl();
        }

        /** The one token the simulated cloud accepts (a test credential, printed so a user can pass it on). */
        public String cloudToken() {
            return token;
        }

        /** The account the token belongs to, which owns the scenario's device unless the scenario says not. */
        public String cloudAccount() {
            return SimulatedCloud.ACCOUNT;
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
            cloud.close();
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
     * Checks the cloud options, so a bad one is a usage error before anything starts.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkCloud(CloudOptions cloud) {
        failingCalls(cloud);
        if (cloud.port() < 0 || cloud.port() > 65535) {
            throw new IllegalArgumentException("--cloud-port " + cloud.port() + " is outside 0-65535.");
        }
        if (cloud.token() != null && !cloud.token().matches("[\\x21-\\x7e]+")) {
            throw new IllegalArgumentException("--cloud-token must be printable characters without spaces.");
        }
    }

    /**
     * Checks that the pty paths are free, so a path a running simulator uses is a usage error and that simulator
     * keeps its links.
     *
     * @throws IllegalArgumentException naming the path and what to do
     */
    public static void checkPty(Path pty) {
        String problem = PtySimulator.whyNotFree(pty);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static Set<SimulatedCloudServer.Call> failingCalls(CloudOptions cloud) {
        return SimulatedCloudServer.Call.parseAll(cloud.failing());
    }

    /**
     * @param paced deliver bytes no faster than a real wire at {@code baud}
     * @throws IllegalArgumentException for an unknown scenario
     * @throws IOException              when the ptys cannot be made (socat missing)
     */
    public static Running start(String scenario, boolean paced, int baud, Path pty, CloudOptions cloudOptions)
            throws IOException {
        checkCloud(cloudOptions);
        Scenario s = Scenarios.load(scenario);
        SimulatorOptions options = SimulatorOptions.realistic().withPacing(paced, baud);
        SimulatedCloud cloud = SimulatedCloud.particle();
        String token = cloudOptions.token() != null ? cloudOptions.token() : SimulatedCloudServer.newToken();
        PtySimulator sim = PtySimulator.start(SimulatedDevices.create(s, options, cloud), pty);
        try {
            return new Running(s, sim, SimulatedCloudServer.start(cloud, cloudOptions.port(), token,
                    failingCalls(cloudOptions)), token);
        } catch (IOException e) {
            sim.close();
            throw new IOException("Cannot serve the simulated cloud on port " + cloudOptions.port() + ": "
                    + e.getMessage() + ". Choose another --cloud-port (0 picks a free one).", e);
        }
    }
}

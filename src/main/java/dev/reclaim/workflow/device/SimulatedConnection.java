package dev.reclaim.workflow.device;

import dev.reclaim.cloud.AccessToken;
import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.ForwardingFlashTarget;
import dev.reclaim.link.ByteLink;
import dev.reclaim.log.LinkLogSource;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.sim.Scenario;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloudServer;
import dev.reclaim.sim.SimulatedDevices;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated P1 kept running for a session: its log UART and its flash belong to the same device, so a DCT
 * written shows in the next boot's log. How its flash is reached (bootloader, simulated ST-Link) is the kind's.
 */
final class SimulatedConnection implements Connection {
    /** Connects to the running simulator's flash. */
    @FunctionalInterface
    interface FlashAccess {
        FlashTarget open(InProcessSimulator sim) throws IOException;
    }

    private final InProcessSimulator sim;
    private final Scenario scenario;
    private final String reachedThrough;
    private final FlashAccess access;
    private final Set<SimulatedCloudServer.Call> cloudFails;
    private final String cloudToken = SimulatedCloudServer.newToken();
    // guarded by this; started on first use, so a session that never talks to the cloud opens no port
    private SimulatedCloudServer cloudServer;

    private SimulatedConnection(InProcessSimulator sim, Scenario scenario, String reachedThrough,
                                FlashAccess access, Set<SimulatedCloudServer.Call> cloudFails) {
        this.sim = sim;
        this.scenario = scenario;
        this.reachedThrough = reachedThrough;
        this.access = access;
        this.cloudFails = cloudFails;
    }

    /**
     * Powers the scenario's P1 on.
     *
     * @param reachedThrough appended to the simulator's description ("" for none)
     */
    static SimulatedConnection start(String scenarioName, DeviceOptions options, String reachedThrough,
                                     FlashAccess access) {
        Scenario scenario = Scenarios.load(scenarioName);
        Set<SimulatedCloudServer.Call> fails = SimulatedCloudServer.Call.parseAll(options.cloudFails());
        return new SimulatedConnection(SimulatedDevices.startInProcess(scenarioName, options.simulator()), scenario,
                reachedThrough, access, fails);
    }

    @Override
    public String description() {
        return sim.description() + reachedThrough;
    }

    @Override
    public Optional<ScenarioSummary> scenario() {
        return Optional.of(new ScenarioSummary(scenario.name(), scenario.summary(), scenario.firmware()));
    }

    @Override
    public Optional<LogSource> logSource(SerialLogSource.PortListener ports) {
        return Optional.of(new LinkLogSource(sim.logUart(), "the simulated P1's log UART"));
    }

    /** The simulated P1's own cloud, its Cloud API on a free loopback port, the one token it accepts. */
    @Override
    public synchronized Optional<CloudSettings> simulatedCloud() throws IOException {
        if (cloudServer == null) {
            cloudServer = SimulatedCloudServer.start(sim.cloud(), 0, cloudToken, cloudFails);
        }
        return Optional.of(new CloudSettings(cloudServer.baseUrl(), Optional.of(new AccessToken(cloudToken))));
    }

    /** The target says it is the simulator's: "simulated P1 (healthy) via UART bootloader v3.3 …". */
    @Override
    public FlashTarget openFlash() throws IOException {
        FlashTarget target = access.open(sim);
        return new ForwardingFlashTarget(target) {
            @Override
            public String description() {
                return sim.description() + " via " + super.description();
            }
        };
    }

    @Override
    public void close() {
        synchronized (this) {
            if (cloudServer != null) {
                cloudServer.close();
            }
        }
        sim.close();
    }
}

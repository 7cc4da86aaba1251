package dev.reclaim.cli;

import dev.reclaim.workflow.SimulatorLauncher;
import dev.reclaim.workflow.device.DeviceKinds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reclaim simulate}: a simulated P1 on pseudo-terminals until Ctrl-C. Needs socat. */
@Command(name = "simulate", description = {
    "Run a simulated P1 on pseudo-terminals until Ctrl-C: its bootloader UART at PATH, its log UART at PATH.log,",
    "and its simulated Particle Cloud API on 127.0.0.1 (register keys, look up, claim, unclaim, claim codes).",
    "It starts in its bootloader (a pty has no lines for BOOT0/NRST); a Go to flash starts its firmware.",
    "Needs socat. Over a pty use 8N1 (ptys drop parity), e.g. stm32flash -m 8n1."})
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "S", defaultValue = DeviceKinds.DEFAULT_SCENARIO,
            description = "keys-rejected (default), healthy, blank-private-key, server-key-corrupt, read-protected,"
                    + " keys-rejected-1.5.2, or a scenario file NAME.json of the same shape.")
    String scenario;

    @Option(names = "--pty", paramLabel = "PATH", description = "Where to put the bootloader pty symlink"
            + " (default: reclaim-p1 in the temporary directory).")
    Path pty;

    @Option(names = "--paced", description = "Deliver bytes no faster than a real wire at --baud (8E1 bootloader,"
            + " 8N1 log).")
    boolean paced;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "115200", description = "Line speed for --paced"
            + " (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--cloud-port", paramLabel = "N", defaultValue = "0", description = "The simulated cloud's"
            + " port on 127.0.0.1 (default: a free one, printed at start).")
    int cloudPort;

    @Option(names = "--cloud-token", paramLabel = "T", description = "The only access token the simulated cloud"
            + " accepts (default: a new one, printed at start).")
    String cloudToken;

    @Option(names = "--cloud-fail", paramLabel = "CALL", split = ",", description = "Answer this cloud call with"
            + " HTTP 503, for fault tests: register, claim, unclaim, lookup or product (repeatable).")
    List<String> cloudFail = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            SimulatorLauncher.checkScenario(scenario);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
        if (baud < 1200 || baud > 921600) {
            throw new UserFacingException("--baud " + baud + " is outside 1200-921600.", ExitCodes.USAGE);
        }
        SimulatorLauncher.CloudOptions cloud = new SimulatorLauncher.CloudOptions(cloudPort, cloudToken, cloudFail);
        try {
            SimulatorLauncher.checkCloud(cloud);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
        Path path = pty != null ? pty : Path.of(System.getProperty("java.io.tmpdir"), "reclaim-p1");
        try {
            SimulatorLauncher.checkPty(path);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
        SimulatorLauncher.Running sim;
        try {
            sim = SimulatorLauncher.start(scenario, paced, baud, path, cloud);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            printBanner(sim);
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (a test, an embedding tool) rather than by Ctrl-C.
            Runtime.getRuntime().removeShutdownHook(hook);
            sim.close();
        }
        return ExitCodes.OK;
    }

    private void printBanner(SimulatorLauncher.Running sim) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Simulated P1 '%s': %s%n", sim.scenarioName(), sim.scenarioSummary());
        out.printf("  device ID        %s%n", sim.deviceId());
        out.printf("  bootloader UART  %s   (AN3155, waiting for 0x7F%s)%n", sim.bootloaderPath(),
                paced ? ", paced at " + baud + " 8E1" : "");
        out.printf("  log UART         %s   (silent until the firmware runs: Go to 0x08000000)%n", sim.logPath());
        out.printf("Try: stm32flash -m 8n1 -b %d -r dct.bin -S 0x08004000:32768 %s%n", baud, sim.bootloaderPath());
        out.printf("     reclaim device info --via bootloader:%s --mode 8n1%n", sim.bootloaderPath());
        out.printf("     stm32flash -m 8n1 -g 0x08000000 %s   (start Device OS; then: reclaim log follow %s)%n",
                sim.bootloaderPath(), sim.logPath());
        out.printf("  cloud API        %s   (token %s, account %s%s)%n", sim.cloudUrl(), sim.cloudToken(),
                sim.cloudAccount(), cloudFail.isEmpty() ? "" : "; answers 503 to " + String.join(", ", cloudFail));
        out.printf("     curl -H 'Authorization: Bearer %s' %s/v1/devices/%s%n", sim.cloudToken(), sim.cloudUrl(),
                sim.deviceId());
        out.println("Ctrl-C stops the simulator.");
        out.flush();
    }
}

package dev.reclaim.cli;

import dev.reclaim.workflow.SimulatorLauncher;
import dev.reclaim.workflow.device.DeviceKinds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reclaim simulate}: a simulated P1 on pseudo-terminals until Ctrl-C. Needs socat. */
@Command(name = "simulate", description = {
    "Run a simulated P1 on pseudo-terminals until Ctrl-C: its bootloader UART at PATH, its log UART at PATH.log.",
    "It starts in its bootloader (a pty has no lines for BOOT0/NRST); a Go to flash starts its firmware.",
    "Needs socat. Over a pty use 8N1 (ptys drop parity), e.g. stm32flash -m 8n1."})
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "S", defaultValue = DeviceKinds.DEFAULT_SCENARIO,
            description = "keys-rejected (default), healthy, blank-private-key, server-key-corrupt, read-protected,"
                    + " or a scenario file NAME.json of the same shape.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try {
            SimulatorLauncher.checkScenario(scenario);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
        if (baud < 1200 || baud > 921600) {
            throw new UserFacingException("--baud " + baud + " is outside 1200-921600.", ExitCodes.USAGE);
        }
        Path path = pty != null ? pty : Path.of(System.getProperty("java.io.tmpdir"), "reclaim-p1");
        SimulatorLauncher.Running sim;
        try {
            sim = SimulatorLauncher.start(scenario, paced, baud, path);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "simulator-shutdown"));
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
        out.println("Ctrl-C stops the simulator.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}

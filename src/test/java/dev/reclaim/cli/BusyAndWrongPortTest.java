package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.workflow.SimulatorLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 12: a second simulator on a pty path in use, and a "serial port" that is no terminal at all.
 * Before, the second {@code simulate --pty SAME} replaced the running simulator's links (and deleted them when it
 * stopped), and a regular file named as a port was reported as a permissions problem (dialout group).
 */
class BusyAndWrongPortTest {
    @TempDir
    Path dir;

    @Test
    void aSecondSimulatorOnTheSamePtyIsRefusedAndTheFirstKeepsItsLinks() throws Exception {
        Path pty = dir.resolve("p1");
        try (SimulatorLauncher.Running first = SimulatorLauncher.start("healthy", false, 115200, pty,
                new SimulatorLauncher.CloudOptions(0, null, java.util.List.of()))) {
            Path boot = Files.readSymbolicLink(pty);
            Path log = Files.readSymbolicLink(first.logPath());

            CliRun second = CliRun.of("simulate", "--pty", pty.toString());

            assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err().strip()).isEqualTo("reclaim: " + pty.toAbsolutePath() + " is in use: it links to a"
                    + " live pseudo-terminal (another 'reclaim simulate'?). Stop that simulator or choose another --pty"
                    + " path.");
            assertThat(Files.readSymbolicLink(pty)).as("the first simulator's links are untouched").isEqualTo(boot);
            assertThat(Files.readSymbolicLink(first.logPath())).isEqualTo(log);
            CliRun info = CliRun.of("device", "info", "--via", "bootloader:" + pty, "--mode", "8n1");
            assertThat(info.exitCode()).as(info.err()).isZero();
            assertThat(info.out()).contains(first.deviceId());
        }
    }

    @Test
    void theLogPtyInUseIsRefusedToo() throws Exception {
        Path pty = dir.resolve("p1");
        try (SimulatorLauncher.Running first = SimulatorLauncher.start("healthy", false, 115200, pty,
                new SimulatorLauncher.CloudOptions(0, null, java.util.List.of()))) {
            Path other = dir.resolve("p2");
            Files.createSymbolicLink(dir.resolve("p2.log"), Files.readSymbolicLink(first.logPath()));

            CliRun second = CliRun.of("simulate", "--pty", other.toString());

            assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err()).contains(other.toAbsolutePath() + ".log is in use");
            assertThat(other).as("nothing was made").doesNotExist();
        }
    }

    @Test
    void aRegularFileNamedAsAPortIsNotAPermissionsProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a port\n");

        CliRun info = CliRun.of("device", "info", "--via", "bootloader:" + file);
        CliRun follow = CliRun.of("log", "follow", file.toString());

        for (CliRun r : new CliRun[] {info, follow}) {
            assertThat(r.exitCode()).isNotZero();
            assertThat(r.err()).contains("Cannot open serial port '" + file + "': it is not a serial port")
                    .doesNotContain("permission").doesNotContain("dialout");
        }
    }
}

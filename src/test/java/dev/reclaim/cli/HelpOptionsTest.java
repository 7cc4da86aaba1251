package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} and {@code -h} with its usage, whatever its own options. */
class HelpOptionsTest {

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsItsUsageForBothHelpOptions() {
        return commandPaths(ReclaimCommand.newCommandLine(), new ArrayList<>()).stream()
                .flatMap(path -> Stream.of("--help", "-h").map(option -> DynamicTest.dynamicTest(
                        String.join(" ", path) + " " + option, () -> assertPrintsUsage(path, option))));
    }

    @Test
    void theTreeWalkReachesNestedSubcommands() {
        List<List<String>> paths = commandPaths(ReclaimCommand.newCommandLine(), new ArrayList<>());

        assertThat(paths).contains(List.of(), List.of("simulate"), List.of("dct", "set"), List.of("device", "info"),
                List.of("log", "follow"), List.of("help"));
    }

    private static void assertPrintsUsage(List<String> path, String option) {
        List<String> args = new ArrayList<>(path);
        args.add(option);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        String qualifiedName = String.join(" ", Stream.concat(Stream.of("reclaim"), path.stream()).toList());
        assertThat(run.exitCode()).as("exit code of %s", args).isZero();
        assertThat(run.out()).as("usage of %s", args).contains("Usage: " + qualifiedName + " ")
                .contains("-h, --help");
        assertThat(run.err()).as("errors of %s", args).isEmpty();
    }

    /** The argument paths that reach each command below {@code cl}, {@code cl}'s own path first. */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> path) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.copyOf(path));
        for (CommandLine sub : cl.getSubcommands().values().stream().distinct().toList()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            paths.addAll(commandPaths(sub, subPath));
        }
        return paths;
    }
}

package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line that names a command gets the root with that command alone ({@link ReclaimCommand#commandLineFor});
 * every command reached that way must be the command of the whole tree: the same usage, options and exit codes.
 */
class CommandTreeTest {

    @TestFactory
    Stream<DynamicTest> everyCommandIsTheSameAloneAsInTheWholeTree() {
        CommandLine whole = ReclaimCommand.newCommandLine();
        return paths(whole, new ArrayList<>()).stream().filter(p -> !p.isEmpty() && !p.get(0).equals("help"))
                .map(path -> DynamicTest.dynamicTest(String.join(" ", path), () -> {
                    CommandLine full = at(whole, path);
                    CommandLine alone = at(ReclaimCommand.commandLineFor(path.toArray(String[]::new)), path);
                    assertThat(alone.getUsageMessage()).isEqualTo(full.getUsageMessage());
                    assertThat(alone.getCommandSpec().qualifiedName())
                            .isEqualTo(full.getCommandSpec().qualifiedName());
                    assertThat(optionNames(alone)).isEqualTo(optionNames(full));
                    assertThat(alone.getCommandSpec().exitCodeOnInvalidInput())
                            .isEqualTo(full.getCommandSpec().exitCodeOnInvalidInput());
                    assertThat(alone.getExitCodeExceptionMapper()).isNotNull();
                    assertThat(alone.getExecutionExceptionHandler()).isNotNull();
                }));
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        CommandLine cl = ReclaimCommand.commandLineFor("log", "analyze", "x.log");

        assertThat(cl.getSubcommands()).containsOnlyKeys("log");
        assertThat(cl.getSubcommands().get("log").getSubcommands()).containsOnlyKeys("analyze", "follow");
    }

    @Test
    void noCommandOrHelpGetsTheWholeTree() {
        int all = ReclaimCommand.newCommandLine().getSubcommands().size();

        assertThat(ReclaimCommand.commandLineFor().getSubcommands()).hasSize(all);
        assertThat(ReclaimCommand.commandLineFor("--help").getSubcommands()).hasSize(all);
        assertThat(ReclaimCommand.commandLineFor("help", "log").getSubcommands()).hasSize(all);
        assertThat(ReclaimCommand.commandLineFor("lgo", "analyze").getSubcommands()).hasSize(all);
    }

    @Test
    void anUnknownSubcommandFailsAsInTheWholeTree() {
        CliRun run = CliRun.of("log", "analyse", "x.log");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument").contains("analyze");
    }

    private static List<String> optionNames(CommandLine cl) {
        return cl.getCommandSpec().options().stream().map(OptionSpec::longestName).sorted().toList();
    }

    private static CommandLine at(CommandLine root, List<String> path) {
        CommandLine cl = root;
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        return cl;
    }

    private static List<List<String>> paths(CommandLine cl, List<String> path) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.copyOf(path));
        for (CommandLine sub : cl.getSubcommands().values().stream().distinct().toList()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            paths.addAll(paths(sub, subPath));
        }
        return paths;
    }
}

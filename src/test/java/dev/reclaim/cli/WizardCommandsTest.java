package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A wizard says it is available exactly when the command that does its job exists, so no hint names a missing one. */
class WizardCommandsTest {

    @Test
    void aWizardIsAvailableExactlyWhenItsCommandExists() {
        CommandLine reclaim = ReclaimCommand.newCommandLine();
        for (WizardId w : WizardId.values()) {
            assertThat(resolves(reclaim, subcommandPath(w.command()))).as(w.id()).isEqualTo(w.available());
        }
    }

    /** "reclaim server set --via SPEC" → [server, set]: the words up to the first option or placeholder. */
    private static List<String> subcommandPath(String command) {
        List<String> words = Arrays.asList(command.split(" "));
        assertThat(words.get(0)).isEqualTo("reclaim");
        return words.stream().skip(1).takeWhile(word -> word.matches("[a-z][a-z-]*")).toList();
    }

    private static boolean resolves(CommandLine root, List<String> path) {
        CommandLine at = root;
        for (String name : path) {
            at = at.getSubcommands().get(name);
            if (at == null) {
                return false;
            }
        }
        return !path.isEmpty();
    }
}

package dev.reclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the desktop calls Reclaim on a file ({@code reclaim FILE}) is told apart from a command. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingFileOpensTheWorkstationOnIt() throws Exception {
        Path log = Files.writeString(dir.resolve("device.log"), "0000000001 [system] INFO: hello\n");

        assertThat(Main.isLoneFile(new String[] {log.toString()})).isTrue();
    }

    @Test
    void commandsOptionsDirectoriesMissingFilesAndSeveralArgumentsStayTheCommandLine() throws Exception {
        Path log = Files.writeString(dir.resolve("device.log"), "x\n");

        assertThat(Main.isLoneFile(new String[] {"log"})).isFalse();
        assertThat(Main.isLoneFile(new String[] {"--version"})).isFalse();
        assertThat(Main.isLoneFile(new String[] {dir.toString()})).isFalse();
        assertThat(Main.isLoneFile(new String[] {dir.resolve("gone.log").toString()})).isFalse();
        assertThat(Main.isLoneFile(new String[] {log.toString(), log.toString()})).isFalse();
    }

    @Test
    void theWindowAloneStartsWithoutTheCommandLineParserAndAnythingElseGoesToIt() throws Exception {
        Path log = Files.writeString(dir.resolve("device.log"), "x\n");
        String file = log.toString();

        assertThat(Main.windowFiles(new String[0])).isEmpty();
        assertThat(Main.windowFiles(new String[] {file})).containsExactly(file);
        assertThat(Main.windowFiles(new String[] {"gui", file, "dct.bin"})).containsExactly(file, "dct.bin");
        assertThat(Main.windowFiles(new String[] {"gui"})).isEmpty();
        assertThat(Main.windowFiles(new String[] {"gui", "--device", "sim:healthy"})).isNull();
        assertThat(Main.windowFiles(new String[] {"gui", "--help"})).isNull();
        assertThat(Main.windowFiles(new String[] {"log", "analyze", file})).isNull();
        assertThat(Main.windowFiles(new String[] {"--version"})).isNull();
        assertThat(Main.windowFiles(new String[] {"journal"})).as("a command, though no such file").isNull();
    }

    @Test
    void theCommandNamesAreReadWithoutBuildingTheParser() {
        assertThat(dev.reclaim.cli.ReclaimCommand.isCommandName("log")).isTrue();
        assertThat(dev.reclaim.cli.ReclaimCommand.isCommandName("help")).isTrue();
        assertThat(dev.reclaim.cli.ReclaimCommand.isCommandName("device.log")).isFalse();
    }
}

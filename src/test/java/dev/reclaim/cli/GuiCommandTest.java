package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reclaim gui [FILE...]}: files are checked before the toolkit is touched. */
class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void theHelpNamesTheFilesToOpen() {
        CliRun run = CliRun.of("gui", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: reclaim gui [-hV] [--device=SPEC] [FILE...]")
                .contains("FILE...").contains("DCT image");
    }

    @Test
    void aMissingFileIsAOneLineUsageErrorBeforeAnyWindow() throws Exception {
        Path missing = dir.resolve("no-such-dump.bin");

        Result r = runMain("gui", missing.toString());

        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err.strip()).isEqualTo("reclaim: cannot read '" + missing + "': no such file; check the path.");
        assertThat(r.out).as("classes loaded").doesNotContain("javafx.").doesNotContain("dev.reclaim.ui.")
                .as("the desktop's 'gui FILE' form starts without the parser").doesNotContain("picocli.CommandLine source");
    }

    @Test
    void aDirectoryIsRefusedWithWhatToName() throws Exception {
        Result r = runMain("gui", dir.toString());

        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err).contains("it is a directory; name a log or a DCT image.");
        assertThat(r.out).doesNotContain("javafx.");
    }

    /** Issue 13, item 12: with no display the toolkit failed inside and the user read "internal error". */
    @Test
    void withNoDisplayTheWindowIsRefusedInOneLineBeforeTheToolkitLoads() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));

        Result r = runMain(env -> env.remove("DISPLAY"), "gui");

        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err.strip()).isEqualTo("reclaim: there is no display for the window (DISPLAY is not set): run it"
                + " from the desktop, over 'ssh -X', or under a virtual display ('xvfb-run -a reclaim gui'); the"
                + " command-line commands need no display (reclaim --help).");
        assertThat(r.out).as("classes loaded").doesNotContain("javafx.");
    }

    /** {@code reclaim} alone starts the window without building the parser, with the same checks and words. */
    @Test
    void theBareCommandChecksTheDisplayTheSameWayWithoutTheParser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));

        Result r = runMain(env -> env.remove("DISPLAY"));

        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err.strip()).startsWith("reclaim: there is no display for the window (DISPLAY is not set)");
        assertThat(r.out).as("classes loaded").doesNotContain("picocli.CommandLine source")
                .doesNotContain("dev.reclaim.cli.DctCommand").doesNotContain("javafx.");
    }

    private record Result(int exit, String out, String err) {
    }

    /** The real entry point in its own JVM, listing the classes it loads (-verbose:class writes them to stdout). */
    private Result runMain(String... args) throws IOException, InterruptedException {
        return runMain(env -> { }, args);
    }

    private Result runMain(java.util.function.Consumer<java.util.Map<String, String>> env, String... args)
            throws IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "dev.reclaim.Main"));
        cmd.addAll(java.util.List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        env.accept(pb.environment());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished without a window").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

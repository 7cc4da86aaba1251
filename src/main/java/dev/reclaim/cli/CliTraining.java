package dev.reclaim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine;

/**
 * The run the launcher records its command-line class-data archive from: the parser, and {@code log analyze} (text
 * and JSON) on a small shipped log, so that the archive holds the log engine's classes too, whichever command a
 * user runs first. Prints nothing; exit 0 when every command ran.
 */
public final class CliTraining {
    static final String SAMPLE_LOG = "training.log";

    private CliTraining() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run() ? ExitCodes.OK : ExitCodes.PROBLEM);
    }

    /** Runs the training commands with their output discarded; true when all exited 0. */
    static boolean run() throws IOException {
        Path log = Files.createTempFile("reclaim-training", ".log");
        try {
            try (InputStream in = CliTraining.class.getResourceAsStream(SAMPLE_LOG)) {
                if (in == null) {
                    throw new IOException(SAMPLE_LOG + " is missing from the Reclaim jar");
                }
                Files.copy(in, log, StandardCopyOption.REPLACE_EXISTING);
            }
            boolean ok = true;
            for (List<String> command : commands(log.toString())) {
                String[] arguments = command.toArray(String[]::new);
                CommandLine cl = ReclaimCommand.commandLineFor(arguments); // the parser a user's command gets
                cl.setOut(new PrintWriter(Writer.nullWriter()));
                cl.setErr(new PrintWriter(Writer.nullWriter()));
                ok &= cl.execute(arguments) == ExitCodes.OK;
            }
            return ok;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static List<List<String>> commands(String log) {
        return List.of(List.of("--version"), List.of("log", "analyze", "--help"),
                List.of("log", "analyze", "--json", log), List.of("log", "analyze", log));
    }
}

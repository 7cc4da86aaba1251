package dev.reclaim.cli;

import dev.reclaim.log.ErrorCodes;
import dev.reclaim.log.LogTables;
import java.lang.invoke.MethodHandles;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reclaim log ...}: read Device OS logs from files or a live serial port. */
@Command(name = "log",
        description = "Read Device OS logs: follow each cloud connection attempt and diagnose what failed.",
        subcommands = {LogAnalyzeCommand.class, LogFollowCommand.class})
final class LogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Loads the log engine's tables (three JSON files) on a thread of their own while the command line is parsed, and
     * then what the output will need: the JSON writer's classes with {@code --json}, else the code explanations. The
     * second core is idle while picocli builds the parser; done here, neither lies on the main thread's path.
     * Quietly: should they fail, the command fails on them itself, with its own message.
     */
    static void loadTablesAhead(String... args) {
        boolean json = List.of(args).contains("--json");
        Thread t = new Thread(() -> {
            try {
                LogTables.standard();
                if (json) {
                    MethodHandles.lookup().ensureInitialized(LogJson.class);
                } else {
                    ErrorCodes.standard();
                }
            } catch (RuntimeException | Error | IllegalAccessException e) {
                // the command meets the same failure and reports it
            }
        }, "log-tables");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: 'reclaim log analyze FILE...' or 'reclaim log follow PORT'.");
    }
}

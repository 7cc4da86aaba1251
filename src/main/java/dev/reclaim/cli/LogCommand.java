package dev.reclaim.cli;

import dev.reclaim.log.LogTables;
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
     * Loads the log engine's tables (Jackson and three JSON files, ~0.1 s) on a thread of their own while the command
     * line is parsed. Quietly: should they fail, the command fails on them itself, with its own message.
     */
    static void loadTablesAhead() {
        Thread t = new Thread(() -> {
            try {
                LogTables.standard();
            } catch (RuntimeException | Error e) {
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

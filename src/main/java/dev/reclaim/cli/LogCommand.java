package dev.reclaim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reclaim log ...}: read Device OS logs from files or a live serial port. */
@Command(name = "log",
        description = "Read Device OS logs: follow each cloud connection attempt and diagnose what failed.",
        subcommands = {LogAnalyzeCommand.class, LogFollowCommand.class})
final class LogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: 'reclaim log analyze FILE...' or 'reclaim log follow PORT'.");
    }
}

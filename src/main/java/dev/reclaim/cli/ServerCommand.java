package dev.reclaim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim server ...}: the cloud server a device connects to. */
@Command(name = "server", description = "The cloud server a device connects to (key and address).",
        subcommands = {ServerSetCommand.class})
final class ServerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim server --help'.");
    }
}

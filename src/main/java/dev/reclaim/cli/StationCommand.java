package dev.reclaim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim station ...}: the production line, the same recipe on device after device. */
@Command(name = "station", description = "Station mode: run a recipe on one device after another, each claimed and"
        + " journaled.", subcommands = {StationRunCommand.class, StationRecipesCommand.class})
final class StationCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim station --help'.");
    }
}

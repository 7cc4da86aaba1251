package dev.reclaim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim dct ...}: read, explain, check, edit and compare DCT files. */
@Command(name = "dct", description = "Read, check, edit and compare DCT (Device Configuration Table) files.",
        subcommands = {DctShowCommand.class, DctCheckCommand.class, DctSetCommand.class, DctDiffCommand.class})
final class DctCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim dct --help'.");
    }
}

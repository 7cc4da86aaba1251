package dev.reclaim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim backup ...}: the DCT backups taken before writes. */
@Command(name = "backup", description = "DCT backups, taken before every write.",
        subcommands = {BackupListCommand.class, BackupRestoreCommand.class})
final class BackupCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim backup --help'.");
    }
}

package dev.reclaim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim journal ...}: the record of every workflow run. */
@Command(name = "journal", description = "The journal: every workflow run, its steps, keys (by fingerprint),"
        + " backups and witness.", subcommands = {JournalListCommand.class, JournalReportCommand.class})
final class JournalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim journal --help'.");
    }
}

package dev.reclaim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line; each area of Reclaim contributes one subcommand. Its standard options are inherited,
 * so {@code --help}/{@code -h} and {@code --version}/{@code -V} work on every command and subcommand.
 */
@Command(name = "reclaim",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Diagnose and repair the cloud handshake of Particle P1/Photon devices over UART and SWD.",
        subcommands = {
            GuiCommand.class,
            DeviceCommand.class,
            SimulateCommand.class,
            LogCommand.class,
            DctCommand.class,
            KeysCommand.class,
            ProbesCommand.class,
            JournalCommand.class,
            BackupCommand.class,
            RecoverCommand.class,
            ServerCommand.class,
            ClaimCycleCommand.class,
            StationCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class ReclaimCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'reclaim --help'.");
    }

    /** Runs the CLI and returns the exit code of the DESIGN contract: 0 ok, 1 problem found, 2 bad usage or input. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** Whether NAME is one of the commands, read from the annotations alone (the parser is not built). */
    public static boolean isCommandName(String name) {
        return java.util.Arrays.stream(ReclaimCommand.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class))
                .anyMatch(c -> c.name().equals(name) || java.util.Arrays.asList(c.aliases()).contains(name));
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ReclaimCommand());
        cl.setExitCodeExceptionMapper(ExitCodes::forException);
        cl.setExecutionExceptionHandler(ExitCodes::handleExecutionException);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        return cl;
    }
}

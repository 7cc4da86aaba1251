package dev.reclaim.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line; each area of Reclaim contributes one subcommand. Its standard options are inherited,
 * so {@code --help}/{@code -h} and {@code --version}/{@code -V} work on every command and subcommand.
 */
@Command(name = ReclaimCommand.NAME,
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = ReclaimCommand.DESCRIPTION,
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
    static final String NAME = "reclaim";
    static final String DESCRIPTION =
            "Diagnose and repair the cloud handshake of Particle P1/Photon devices over UART and SWD.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The root as {@link ReclaimCommand} declares it, without its subcommands: {@link #commandLineFor} adds the one
     * the arguments name. Only ever reached through a subcommand, so it never runs itself.
     */
    @Command(name = NAME, scope = CommandLine.ScopeType.INHERIT, mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class, description = DESCRIPTION)
    static final class Trunk {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'reclaim --help'.");
    }

    /** Runs the CLI and returns the exit code of the DESIGN contract: 0 ok, 1 problem found, 2 bad usage or input. */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("log")) {
            LogCommand.loadTablesAhead(args); // on the second core while the parser is built
            AnalysisAhead.startFor(args);
        }
        return commandLineFor(args).execute(args);
    }

    /** Whether NAME is one of the commands, read from the annotations alone (the parser is not built). */
    public static boolean isCommandName(String name) {
        return commandClass(name) != null;
    }

    /** The class of the top-level command called NAME (or by an alias), or null. */
    private static Class<?> commandClass(String name) {
        for (Class<?> c : ReclaimCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name)) {
                return c;
            }
        }
        return null;
    }

    /** The whole command tree (help, and anything that lists or walks the commands). */
    public static CommandLine newCommandLine() {
        return configured(new CommandLine(new ReclaimCommand()));
    }

    /**
     * The parser for these arguments: when they start with a command, the root with that command alone (its own
     * subcommands included), which parses, helps and fails exactly as in the whole tree; else the whole tree (the
     * root's help and errors list every command). Building all ~50 commands cost ~0.2 s of every start.
     * {@code help} keeps the whole tree: it reaches any command.
     */
    public static CommandLine commandLineFor(String... args) {
        Class<?> command = args.length > 0 ? commandClass(args[0]) : null;
        if (command == null || command == CommandLine.HelpCommand.class) {
            return newCommandLine();
        }
        CommandLine trunk = new CommandLine(new Trunk());
        trunk.addSubcommand(new CommandLine(command)); // before the settings below: they reach existing commands
        return configured(trunk);
    }

    private static CommandLine configured(CommandLine cl) {
        cl.setExitCodeExceptionMapper(ExitCodes::forException);
        cl.setExecutionExceptionHandler(ExitCodes::handleExecutionException);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        return cl;
    }
}

package dev.reclaim;

import dev.reclaim.cli.ReclaimCommand;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Entry point: with no arguments Reclaim opens the workstation, with one file (how the desktop's file associations
 * call it) the workstation on that file, otherwise it runs the command line.
 * Kept free of JavaFX types so that the CLI starts without loading the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            args = new String[] {"gui"};
        } else if (isLoneFile(args)) {
            args = new String[] {"gui", args[0]};
        }
        int code = ReclaimCommand.execute(args);
        if (code != 0 || !isGui(args)) {
            System.exit(code);
        }
    }

    /** One argument that names an existing file rather than a command ("reclaim log" stays the log command). */
    static boolean isLoneFile(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")
                || ReclaimCommand.newCommandLine().getSubcommands().containsKey(args[0])) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isGui(String[] args) {
        return args.length > 0 && args[0].equals("gui");
    }
}

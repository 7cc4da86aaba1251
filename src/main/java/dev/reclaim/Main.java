package dev.reclaim;

import dev.reclaim.cli.GuiCommand;
import dev.reclaim.cli.ReclaimCommand;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: with no arguments Reclaim opens the workstation, with one file (how the desktop's file associations
 * call it) the workstation on that file, otherwise it runs the command line.
 * Kept free of JavaFX types so that the CLI starts without loading the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> windowFiles = windowFiles(args);
        int code = windowFiles != null ? GuiCommand.launch(windowFiles) : ReclaimCommand.execute(args);
        if (code != 0 || windowFiles == null) {
            System.exit(code);
        }
    }

    /**
     * The files to open the window on when the arguments only ask for the window — none, one existing file, or
     * {@code gui} and files (the desktop entry's {@code gui %F}) — so that it starts without the command-line parser;
     * null when the command line must decide (any option, any other command).
     */
    static List<String> windowFiles(String[] args) {
        if (args.length == 0) {
            return List.of();
        }
        if (isLoneFile(args)) {
            return List.of(args[0]);
        }
        if (args[0].equals("gui") && Arrays.stream(args).noneMatch(a -> a.startsWith("-"))) {
            return List.of(args).subList(1, args.length);
        }
        return null;
    }

    /** One argument that names an existing file rather than a command ("reclaim log" stays the log command). */
    static boolean isLoneFile(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0])) && !ReclaimCommand.isCommandName(args[0]);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}

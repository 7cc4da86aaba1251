package dev.reclaim;

import dev.reclaim.cli.ReclaimCommand;

/**
 * Entry point: with no arguments Reclaim opens the workstation, otherwise it runs the command line.
 * Kept free of JavaFX types so that the CLI starts without loading the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            args = new String[] {"gui"};
        }
        int code = ReclaimCommand.execute(args);
        if (code != 0 || !isGui(args)) {
            System.exit(code);
        }
    }

    private static boolean isGui(String[] args) {
        return args.length > 0 && args[0].equals("gui");
    }
}

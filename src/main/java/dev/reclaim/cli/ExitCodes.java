package dev.reclaim.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Exit codes of the CLI contract and the one place that turns an exception into a one-line message.
 * Users never see a stack trace: an {@link UserFacingException} carries the words to print.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PROBLEM = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    static int forException(Throwable t) {
        return t instanceof UserFacingException u ? u.exitCode() : USAGE;
    }

    static int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        return report(ex, cl.getErr());
    }

    /** Prints the exception's one line (its stack trace too with {@code -Dreclaim.debug=true}); its exit code. */
    static int report(Exception ex, java.io.PrintWriter err) {
        String message = ex instanceof UserFacingException ? ex.getMessage() : describe(ex);
        err.println("reclaim: " + message);
        err.flush();
        if (Boolean.getBoolean("reclaim.debug")) {
            ex.printStackTrace(err);
        }
        return forException(ex);
    }

    private static String describe(Exception ex) {
        String m = ex.getMessage();
        return "internal error (" + ex.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + "); run with -Dreclaim.debug=true for details and report it";
    }
}

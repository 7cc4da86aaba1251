package dev.reclaim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process, with the parser {@code reclaim ARGS} gets, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReclaimCommand.commandLineFor(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Reads a healthy simulated P1's DCT into {@code dir/dct.bin}, as a user would, for tests that edit or show one. */
    static Path simulatedDct(Path dir) {
        Path dct = dir.resolve("dct.bin");
        CliRun read = of("device", "read-dct", "--via", "sim:healthy", "--out", dct.toString());
        if (read.exitCode() != 0) {
            throw new IllegalStateException("read-dct failed: " + read.err());
        }
        return dct;
    }
}

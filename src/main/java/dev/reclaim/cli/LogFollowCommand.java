package dev.reclaim.cli;

import dev.reclaim.log.LogEngine;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reclaim log follow PORT [--baud N] [--json]}: the live log, until Ctrl-C. */
@Command(name = "follow",
        description = {"Follow a device's serial log live: print the lines, each attempt's result and each diagnosis",
            "as they happen. Survives the device resetting and the port disappearing and coming back. Ctrl-C stops."})
final class LogFollowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORT", description = "Serial port, e.g. /dev/ttyACM0 or COM3.")
    String port;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "" + SerialLogSource.DEFAULT_BAUD,
            description = "Baud rate (default ${DEFAULT-VALUE}); ignored by USB CDC ports.")
    int baud;

    @Option(names = "--json", description = "Print one JSON array with one object per event (record, repeat,"
            + " attempt, diagnosis, port), closed when following stops.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (baud <= 0) {
            throw new UserFacingException("--baud must be a positive number, was " + baud + ".");
        }
        CommandLine cl = spec.commandLine();
        FollowOutput output = json ? new FollowOutput.Json(cl.getOut()) : new FollowOutput.Text(cl.getOut(), cl.getErr());
        SerialLogSource source = SerialLogSource.port(port, baud, output);
        CountDownLatch done = new CountDownLatch(1);
        // Ctrl-C: stop reading and let the output close properly (the JSON array needs its ']').
        Thread onCtrlC = new Thread(() -> {
            source.stop();
            try {
                done.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reclaim-follow-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        boolean ran = false;
        try {
            source.run(new LogEngine(output), ProgressListener.NONE);
            ran = true;
        } catch (IOException e) {
            // the port could not be opened at the start: nothing was printed on stdout, only this line on stderr
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
        } finally {
            if (ran) {
                output.finish();
            }
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C in progress: the hook is running and has just been released
            }
        }
        return ExitCodes.OK;
    }
}

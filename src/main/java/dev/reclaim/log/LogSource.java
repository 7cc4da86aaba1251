package dev.reclaim.log;

import dev.reclaim.progress.ProgressListener;
import java.io.IOException;

/**
 * Where a device's log bytes come from: a file, standard input, a serial port, the simulated P1's log UART. The
 * CLI and the workstation feed every source through the same {@link LogEngine}; only the source differs.
 */
public interface LogSource {
    /** For the user: "file p1.log", "serial port /dev/ttyUSB0", "the simulated P1's log UART". */
    String description();

    /**
     * True for a device that keeps talking whether or not anyone keeps up (its overflow is dropped and counted);
     * false for a file or a pipe, which can wait for the reader.
     */
    boolean live();

    /**
     * Feeds the engine until the source ends, {@link #stop()} is called or the thread is interrupted, then finishes
     * the engine. Progress is in bytes; a live source reports bytes read with an unknown (-1) total.
     *
     * @throws IOException when the source cannot be opened or read (a live port that goes away and comes back is
     *                     waited out, not an error)
     */
    void run(LogEngine engine, ProgressListener progress) throws IOException;

    /** Asks {@link #run} to return soon; safe from any thread. */
    void stop();
}

package dev.reclaim.log;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.SerialLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;

/**
 * Feeds a live serial port into a {@link LogEngine}. When the port goes away (the device resets and its USB CDC port
 * re-enumerates, a cable is pulled) the line in progress is ended, the port is polled until it comes back and is
 * reopened; the engine keeps its state, so no line before the loss is lost and line numbers continue.
 */
public final class SerialLogSource implements LogSource {
    /** Device OS prints its log at 115200 baud (USB CDC ports ignore the rate). */
    public static final int DEFAULT_BAUD = SerialSettings.DEFAULT_LOG_BAUD;
    static final int READ_TIMEOUT_MILLIS = 200;
    static final int REOPEN_POLL_MILLIS = 250;

    /** Opens the port by name (tests may open anything that behaves like one). */
    public interface Opener {
        ByteLink open(String port) throws IOException;
    }

    /** Hears about the port itself. Called on the thread that runs the source. */
    public interface PortListener {
        default void opened(String port) {
        }

        /** The port went away; the source is waiting for it to come back. */
        default void lost(String port, String reason) {
        }

        default void reopened(String port) {
        }
    }

    private final String port;
    private final Opener opener;
    private final PortListener ports;
    private volatile boolean stopped;

    public SerialLogSource(String port, Opener opener, PortListener ports) {
        this.port = port;
        this.opener = opener;
        this.ports = ports;
    }

    /** A source on a real serial port (jSerialComm) at a log's line settings (8N1) and this baud rate. */
    public static SerialLogSource port(String port, int baud, PortListener ports) {
        return serial(port, SerialSettings.log(baud), ports);
    }

    /** A source on a real serial port (jSerialComm) with these line settings. */
    public static SerialLogSource serial(String port, SerialSettings settings, PortListener ports) {
        return new SerialLogSource(port, p -> SerialLink.open(p, settings), ports);
    }

    @Override
    public String description() {
        return "serial port " + port;
    }

    @Override
    public boolean live() {
        return true;
    }

    /**
     * Reads until {@link #stop()} or the thread is interrupted, then finishes the engine.
     *
     * @throws IOException only when the port cannot be opened at the start (later losses are waited out)
     */
    @Override
    public void run(LogEngine engine, ProgressListener progress) throws IOException {
        ByteLink link = opener.open(port);
        ports.opened(port);
        byte[] buf = new byte[4096];
        long total = 0;
        try {
            while (running()) {
                try {
                    int n = link.read(buf, 0, buf.length, READ_TIMEOUT_MILLIS);
                    if (n > 0) {
                        engine.feed(buf, 0, n);
                        total += n;
                        progress.progress(total, -1);
                    }
                } catch (IOException e) {
                    link.close();
                    link = null;
                    engine.breakLine();
                    ports.lost(port, e.getMessage());
                    link = reopen();
                    if (link == null) {
                        return;
                    }
                    ports.reopened(port);
                }
            }
        } finally {
            if (link != null) {
                link.close();
            }
            engine.finish();
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    private boolean running() {
        return !stopped && !Thread.currentThread().isInterrupted();
    }

    private ByteLink reopen() {
        while (running()) {
            try {
                Thread.sleep(REOPEN_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            try {
                return opener.open(port);
            } catch (IOException stillGone) {
                // not back yet: poll again
            }
        }
        return null;
    }
}

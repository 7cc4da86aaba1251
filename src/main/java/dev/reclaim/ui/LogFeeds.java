package dev.reclaim.ui;

import dev.reclaim.log.SerialLogSource;
import dev.reclaim.workflow.device.DeviceSession;
import javafx.application.Platform;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.log.HandshakeViewModel;
import dev.reclaim.ui.log.LogSession;
import dev.reclaim.ui.log.LogViewModel;
import java.nio.file.Path;

/** One log on screen at a time: a file opened, or the device's live log; starting one ends the other. */
final class LogFeeds {
    private final LogViewModel log;
    private final HandshakeViewModel handshakes;
    private final Operations ops;
    private LogSession.Live live;

    LogFeeds(LogViewModel log, HandshakeViewModel handshakes, Operations ops) {
        this.log = log;
        this.handshakes = handshakes;
        this.ops = ops;
    }

    /** Reads a log file through the engine in the background, replacing what the view shows. */
    void openFile(Path path) {
        if (live != null) {
            stop();
            ops.note("Stopped following the device's log to show " + path.getFileName() + ".");
        }
        clear();
        ops.job("open " + path.getFileName(), LogSession.readFile(path, log, handshakes)).start();
    }

    /** Follows a connected device's log (the simulator's UART or a log port), replacing what the view shows. */
    void follow(DeviceSession device) {
        stop();
        clear();
        live = device.simulatorLog().map(link -> LogSession.follow(link, log, handshakes))
                .orElseGet(() -> device.logPort().map(port -> {
                    PortNotes notes = new PortNotes(port);
                    return LogSession.followPort(port, log, handshakes, notes, notes::failed);
                }).orElse(null));
    }

    void stop() {
        if (live != null) {
            live.stop();
            live = null;
        }
    }

    /** What happens to a log port, told in the status bar (a reset device's USB port vanishes and comes back). */
    private final class PortNotes implements SerialLogSource.PortListener {
        private final String port;

        PortNotes(String port) {
            this.port = port;
        }

        @Override
        public void lost(String name, String reason) {
            note("Log port " + port + " went away (" + reason + "); waiting for it to come back.");
        }

        @Override
        public void reopened(String name) {
            note("Log port " + port + " is back; the log continues.");
        }

        /** The port could not be opened at all (wrong name, no permission, in use). */
        void failed(java.io.IOException e) {
            Platform.runLater(() -> ops.report("listen to " + port, e));
        }

        private void note(String text) {
            Platform.runLater(() -> ops.note(text));
        }
    }

    private void clear() {
        log.clear();
        handshakes.clear();
    }
}

package dev.reclaim.ui;

import dev.reclaim.log.AttemptBroadcast;
import dev.reclaim.log.AttemptFeed;
import dev.reclaim.log.FileLogSource;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.log.HandshakeViewModel;
import dev.reclaim.ui.log.LogSession;
import dev.reclaim.ui.log.LogViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import dev.reclaim.workflow.device.DeviceSession;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** One log on screen at a time: a file opened, or the device's live log; starting one ends the other. */
final class LogFeeds {
    private final LogViewModel log;
    private final HandshakeViewModel handshakes;
    private final Operations ops;
    private LogSession live;
    /** The device whose log {@link #live} reads, and the attempts it sees, for a wizard's handshake witness. */
    private DeviceSession followed;
    private final AttemptBroadcast liveAttempts = new AttemptBroadcast();
    private Task<?> reading;

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
        stopReading();
        clear();
        reading = ops.job("open " + path.getFileName(),
                new LogSession(new FileLogSource(path), log, handshakes).work()).start();
    }

    /** Follows a connected device's log (the simulator's UART or a log port), replacing what the view shows. */
    void follow(DeviceSession device) {
        stop();
        stopReading();
        clear();
        live = device.logSource(new PortNotes())
                .map(source -> new LogSession(source, log, handshakes, liveAttempts).start(e -> failed(source, e)))
                .orElse(null);
        followed = live == null ? null : device;
    }

    void stop() {
        if (live != null) {
            live.stop();
            live = null;
            followed = null;
        }
    }

    /** The attempts seen in {@code device}'s log while this follows it; empty when it follows no log of it. */
    Optional<AttemptFeed> attemptsOf(DeviceSession device) {
        return live != null && followed == device ? Optional.of(liveAttempts) : Optional.empty();
    }

    /** A file still being read gives way: two logs must not mix in one view. */
    private void stopReading() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
    }

    /** The source could not be opened at all (a port: wrong name, no permission, in use). */
    private void failed(LogSource source, IOException e) {
        Platform.runLater(() -> ops.report("listen to " + source.description(), e));
    }

    /** What happens to a log port, told in the status bar (a reset device's USB port vanishes and comes back). */
    private final class PortNotes implements SerialLogSource.PortListener {
        @Override
        public void lost(String port, String reason) {
            note("Log port " + port + " went away (" + reason + "); waiting for it to come back.");
        }

        @Override
        public void reopened(String port) {
            note("Log port " + port + " is back; the log continues.");
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

package dev.reclaim.ui;

import dev.reclaim.link.ByteLink;
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

    /** Follows a device's log link, replacing what the view shows. */
    void follow(ByteLink link) {
        stop();
        clear();
        live = LogSession.follow(link, log, handshakes);
    }

    void stop() {
        if (live != null) {
            live.stop();
            live = null;
        }
    }

    private void clear() {
        log.clear();
        handshakes.clear();
    }
}

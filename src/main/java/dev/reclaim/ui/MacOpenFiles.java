package dev.reclaim.ui;

import java.awt.Desktop;
import java.io.File;
import java.util.Locale;

/**
 * macOS opens a document with Reclaim (the {@code .bin}, {@code .hex} and {@code .log} associations of the .dmg's
 * app) by sending the running app an open-documents Apple Event, not by passing the file as an argument; AWT's
 * {@link Desktop} hands those events over. Only on macOS: this class is the only one on the start path that names
 * AWT, and elsewhere it is not even loaded (AWT costs start time and Linux needs none of it).
 * <p>
 * UNVERIFIED (never run on a Mac here): that the event of the launch itself (a double-click while Reclaim is closed)
 * reaches the handler when it is set before the JavaFX toolkit starts, and that initialising AWT's Desktop next to
 * JavaFX shows no second Dock icon. {@link OpenedFiles}, which the handler feeds, is tested on every platform.
 */
final class MacOpenFiles {
    private MacOpenFiles() {
    }

    /** Whether the handler was installed: only on macOS, and only where the desktop supports the action. */
    static boolean installIfMac(String osName, OpenedFiles target) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        return Handler.install(target);
    }

    /** Separate, so that {@code java.awt} is linked only when this runs (on macOS). */
    private static final class Handler {
        static boolean install(OpenedFiles target) {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(e -> target.arrived(e.getFiles().stream().map(File::toPath).toList()));
            return true;
        }
    }
}

package dev.reclaim.cli;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the workstation has a display to open its window on. On Linux and the BSDs JavaFX needs an X display
 * (Wayland sessions provide one through XWayland); without it the toolkit fails deep inside with "Unable to open
 * DISPLAY", which reached users as an internal error.
 */
final class Display {
    private static final String ADVICE = "run it from the desktop, over 'ssh -X', or under a virtual display"
            + " ('xvfb-run -a reclaim gui'); the command-line commands need no display (reclaim --help)";

    private Display() {
    }

    /** Why no window can open here, or null when one can (or when the OS decides: Windows, macOS, headless tests). */
    static String missing(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return "there is no display for the window (DISPLAY is not set): " + ADVICE + ".";
        }
        return null;
    }

    static String missingHere() {
        return missing(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /** The toolkit's own refusal (a DISPLAY that names no running X server), in the same words. */
    static String unreachable() {
        return "cannot open the display DISPLAY=" + System.getenv("DISPLAY") + " (no X server answers there): "
                + ADVICE + ".";
    }
}

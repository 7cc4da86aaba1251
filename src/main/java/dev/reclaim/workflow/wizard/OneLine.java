package dev.reclaim.workflow.wizard;

import java.util.regex.Pattern;

/**
 * Makes a step's detail fit a record: its first line, spaces collapsed, at most {@value #MAX} characters, and key
 * material that slipped into a message (a PEM block, a long hex dump) replaced, since records are shown and kept.
 */
final class OneLine {
    static final int MAX = 200;
    private static final Pattern PEM = Pattern.compile("-----BEGIN.*", Pattern.DOTALL);
    /** Longer than any id or fingerprint prefix Reclaim prints (24-hex device IDs, 16-hex fingerprint prefixes). */
    private static final Pattern HEX_DUMP = Pattern.compile("\\b[0-9A-Fa-f]{48,}\\b");
    private static final String REMOVED = "[key material removed]";

    private OneLine() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = PEM.matcher(text).replaceAll(REMOVED);
        s = HEX_DUMP.matcher(s).replaceAll(REMOVED);
        s = s.strip().split("\\R", 2)[0].replaceAll("\\s+", " ");
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}

package dev.reclaim.log;

import java.util.Locale;

/**
 * Writes log lines exactly as Device OS prints them, for the simulated P1 and for tests. The parser's formats
 * (formats.json) read these back; LogFormatsTest checks the round trip.
 */
public final class DeviceOsLines {
    private DeviceOsLines() {
    }

    /** {@code %010u [category] LEVEL: message} (0.6+, StreamLogHandler); no brackets when category is null. */
    public static String deviceOs(long millis, String category, Level level, String message) {
        String cat = category == null ? "" : "[" + category + "] ";
        return String.format(Locale.ROOT, "%010d %s%s: %s", millis, cat, level.name(), message);
    }

    /** {@code %010u:LEVEL: func file(line):message} of 0.4/0.5, level padded to five characters. */
    public static String pre06(long millis, Level level, String source, String message) {
        return String.format(Locale.ROOT, "%010d:%-5s: %s:%s", millis, level.name(), source, message);
    }
}

package dev.reclaim.log;

/**
 * A range of Device OS release lines for the Photon/P1, from 0.4 to 2.3 (the last line that builds them).
 * Versions are kept as {@code major * 100 + minor}, so 0.6 is 6 and 2.3 is 203.
 */
public record VersionRange(int min, int max) {
    public static final int OLDEST = 4;
    public static final int NEWEST = 203;
    public static final VersionRange ANY = new VersionRange(OLDEST, NEWEST);

    public VersionRange {
        if (min > max) {
            throw new IllegalArgumentException("empty version range " + min + ".." + max);
        }
    }

    /** Reads "0.6-0.7", "<=0.6", ">=2.0", "0.6" or "any" (the notation of the log engine's resource files). */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank() || text.equals("any")) {
            return ANY;
        }
        String t = text.trim();
        if (t.startsWith("<=")) {
            return new VersionRange(OLDEST, version(t.substring(2)));
        }
        if (t.startsWith(">=")) {
            return new VersionRange(version(t.substring(2)), NEWEST);
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            return new VersionRange(version(t.substring(0, dash)), version(t.substring(dash + 1)));
        }
        int v = version(t);
        return new VersionRange(v, v);
    }

    private static int version(String s) {
        String[] parts = s.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("version must be MAJOR.MINOR, was '" + s + "'");
        }
        return Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]);
    }

    public boolean overlaps(VersionRange other) {
        return min <= other.max && other.min <= max;
    }

    /** The common part, or {@code other} itself when the two disagree (newer evidence wins, e.g. after an OTA). */
    public VersionRange narrow(VersionRange other) {
        if (!overlaps(other)) {
            return other;
        }
        int lo = Math.max(min, other.min);
        int hi = Math.min(max, other.max);
        return lo == min && hi == max ? this : new VersionRange(lo, hi);
    }

    public boolean isAny() {
        return min == OLDEST && max == NEWEST;
    }

    /** "0.6.x", "0.7.x or earlier", "0.8.x or later", "0.8.x to 1.5.x", or "unknown". */
    public String describe() {
        if (isAny()) {
            return "unknown";
        }
        if (min == max) {
            return name(min);
        }
        if (min == OLDEST) {
            return name(max) + " or earlier";
        }
        if (max == NEWEST) {
            return name(min) + " or later";
        }
        return name(min) + " to " + name(max);
    }

    private static String name(int v) {
        return (v / 100) + "." + (v % 100) + ".x";
    }

    @Override
    public String toString() {
        return describe();
    }
}

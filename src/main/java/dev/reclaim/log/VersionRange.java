package dev.reclaim.log;

/**
 * A range of Device OS versions for the Photon/P1, from 0.4.0 to 2.3.x (the last line that builds them), to patch
 * precision: the reference dates texts and codes to patches ("0.6.1-1.5": from 0.6.1 up to the last 1.5 patch).
 * Versions are kept as {@code major * 10000 + minor * 100 + patch}, so 0.6.1 is 601 and 2.3.0 is 20300. A bound
 * written without a patch means the whole release line: "1.5" as a lower bound is 1.5.0, as an upper bound every
 * 1.5 patch, so the major.minor ranges of older data files mean what they always meant.
 */
public record VersionRange(int min, int max) {
    /** The highest patch number a release line is taken to have: an upper bound "X.Y" reaches X.Y.{@value}. */
    static final int LAST_PATCH = 99;
    public static final int OLDEST = 400;
    public static final int NEWEST = 20300 + LAST_PATCH;
    public static final VersionRange ANY = new VersionRange(OLDEST, NEWEST);

    public VersionRange {
        if (min > max) {
            throw new IllegalArgumentException("empty version range " + name(min, false) + ".." + name(max, true));
        }
    }

    /**
     * Reads "0.6-0.7", "0.6.1-1.5", "&lt;=0.6", "&gt;=2.0", "0.6", "1.5.2" or "any" (the notation of the log engine's
     * resource files; an en dash works as the range dash too).
     */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank() || text.equals("any")) {
            return ANY;
        }
        String t = text.trim().replace('\u2013', '-');
        if (t.startsWith("<=")) {
            return new VersionRange(OLDEST, upper(t.substring(2)));
        }
        if (t.startsWith(">=")) {
            return new VersionRange(lower(t.substring(2)), NEWEST);
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            return new VersionRange(lower(t.substring(0, dash)), upper(t.substring(dash + 1)));
        }
        return new VersionRange(lower(t), upper(t));
    }

    /** The first version a bound names: "1.5" → 1.5.0, "1.5.4" → 1.5.4. */
    private static int lower(String s) {
        int[] v = parts(s);
        return v[0] * 10000 + v[1] * 100 + (v.length == 3 ? v[2] : 0);
    }

    /** The last version a bound names: "1.5" → the last 1.5 patch, "1.5.4" → 1.5.4. */
    private static int upper(String s) {
        int[] v = parts(s);
        return v[0] * 10000 + v[1] * 100 + (v.length == 3 ? v[2] : LAST_PATCH);
    }

    private static int[] parts(String s) {
        String[] p = s.trim().split("\\.", -1);
        if (p.length != 2 && p.length != 3) {
            throw new IllegalArgumentException("version must be MAJOR.MINOR or MAJOR.MINOR.PATCH, was '" + s + "'");
        }
        int[] v = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            if (p[i].isEmpty() || p[i].length() > 2 || !digits(p[i])) {
                throw new IllegalArgumentException("version must be MAJOR.MINOR or MAJOR.MINOR.PATCH, was '" + s + "'");
            }
            v[i] = Integer.parseInt(p[i]);
        }
        if (v.length == 3 && v[2] > LAST_PATCH) {
            throw new IllegalArgumentException("patch number above " + LAST_PATCH + " in '" + s + "'");
        }
        return v;
    }

    /** A plain loop, not a stream: the tables parse a few hundred versions as every command starts. */
    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when every version of {@code other} is in this range. */
    public boolean contains(VersionRange other) {
        return min <= other.min && other.max <= max;
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

    /** "0.6.x", "0.6.1", "0.7.x or earlier", "0.8.x or later", "0.6.1 to 1.5.x", or "unknown". */
    public String describe() {
        if (isAny()) {
            return "unknown";
        }
        if (min == max) {
            return (min / 10000) + "." + (min / 100 % 100) + "." + (min % 100);
        }
        if (min / 100 == max / 100 && min % 100 == 0 && max % 100 == LAST_PATCH) {
            return name(max, true);
        }
        if (min == OLDEST) {
            return name(max, true) + " or earlier";
        }
        if (max == NEWEST) {
            return name(min, false) + " or later";
        }
        return name(min, false) + " to " + name(max, true);
    }

    /**
     * A bound as text: a whole release line as "X.Y.x" (an upper bound at its last patch, or a lower bound at its
     * first, as the older major.minor data wrote them), else "X.Y.Z".
     */
    private static String name(int v, boolean upper) {
        int patch = v % 100;
        String line = (v / 10000) + "." + (v / 100 % 100);
        return patch == (upper ? LAST_PATCH : 0) ? line + ".x" : line + "." + patch;
    }

    @Override
    public String toString() {
        return describe();
    }
}

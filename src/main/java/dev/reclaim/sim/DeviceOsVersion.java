package dev.reclaim.sim;

/** A Device OS release, which decides how the firmware selects its DCT copy and how its log lines read. */
public record DeviceOsVersion(int major, int minor, int patch) implements Comparable<DeviceOsVersion> {
    public static final DeviceOsVersion V0_6_0 = new DeviceOsVersion(0, 6, 0);
    public static final DeviceOsVersion V0_7_0 = new DeviceOsVersion(0, 7, 0);
    public static final DeviceOsVersion V0_8_0 = new DeviceOsVersion(0, 8, 0);

    /** Parses "0.6.3" (a pre-release suffix such as "-rc.1" is ignored). */
    public static DeviceOsVersion parse(String text) {
        String[] parts = text.trim().split("-", 2)[0].split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not a Device OS version like 0.6.3");
        }
        try {
            return new DeviceOsVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a Device OS version like 0.6.3");
        }
    }

    public boolean atLeast(DeviceOsVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(DeviceOsVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c == 0 ? Integer.compare(patch, o.patch) : c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}

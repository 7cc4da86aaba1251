package dev.reclaim.firmware;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The system parts' module version number of each Device OS release for the Photon/P1. There is no formula
 * (1.5.2 is 1512 but 1.4.4 is 1406 and 0.6.4 is 110): the number is bumped by hand for every pre-release and
 * release. This table is {@code SYSTEM_PART1_MODULE_VERSION} / {@code COMMON_MODULE_VERSION} of device-os
 * {@code modules/shared/system_module_version.mk} at each release tag v0.4.9 … v2.3.1 (both system parts carry the
 * same number). 0.8.0 never had a final release (its last tag, v0.8.0-rc.27, is 326) and 1.2.0 none either; a
 * number not in the table (a pre-release or a custom build) has no release name.
 */
public final class SystemModuleVersions {
    /** 0.7.0 (RELEASE_070_MODULE_VERSION in the same file): from here a Photon/P1 prints no system or comm line. */
    public static final int RELEASE_0_7_0 = 207;
    /** "Skip to next 100 every v0.x.0 release": 0.6.0-rc.1 started at 100, 0.7.0-rc.1 at 200. */
    public static final int FIRST_0_6 = 100;
    public static final int FIRST_0_7 = 200;

    private static final Map<Integer, String> RELEASES = new TreeMap<>(Map.ofEntries(
            Map.entry(11, "0.4.9"), Map.entry(13, "0.5.0"), Map.entry(15, "0.5.1"), Map.entry(17, "0.5.2"),
            Map.entry(21, "0.5.3"), Map.entry(22, "0.5.4"), Map.entry(23, "0.5.5"),
            Map.entry(102, "0.6.0"), Map.entry(105, "0.6.1"), Map.entry(108, "0.6.2"), Map.entry(109, "0.6.3"),
            Map.entry(110, "0.6.4"), Map.entry(207, "0.7.0"), Map.entry(403, "0.9.0"),
            Map.entry(1000, "1.0.0"), Map.entry(1002, "1.0.1"), Map.entry(1102, "1.1.0"), Map.entry(1104, "1.1.1"),
            Map.entry(1213, "1.2.1"), Map.entry(1321, "1.3.1"), Map.entry(1401, "1.4.0"), Map.entry(1403, "1.4.1"),
            Map.entry(1404, "1.4.2"), Map.entry(1405, "1.4.3"), Map.entry(1406, "1.4.4"), Map.entry(1502, "1.5.0"),
            Map.entry(1511, "1.5.1"), Map.entry(1512, "1.5.2"), Map.entry(2008, "2.0.0"), Map.entry(2011, "2.0.1"),
            Map.entry(2021, "2.0.2"), Map.entry(2101, "2.1.0"), Map.entry(2202, "2.2.0"), Map.entry(2301, "2.3.0"),
            Map.entry(2302, "2.3.1")));

    private SystemModuleVersions() {
    }

    /** "1.5.2" for 1512; empty for a number no release had. */
    public static Optional<String> release(int moduleVersion) {
        return Optional.ofNullable(RELEASES.get(moduleVersion));
    }

    /** 1512 for "1.5.2"; empty for a release not in the table. */
    public static Optional<Integer> moduleVersion(String release) {
        return RELEASES.entrySet().stream().filter(e -> e.getValue().equals(release)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The release in words: "1.5.2", or "module version 1513 (no release of that number)". */
    public static String describe(int moduleVersion) {
        return release(moduleVersion).orElse("module version " + moduleVersion + " (no release of that number)");
    }
}

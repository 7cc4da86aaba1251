package dev.reclaim.firmware;

/**
 * Whether a stock Photon/P1 on this Device OS prints its cloud handshake on the serial log
 * (reference dct-layout-and-handshake.md §0, checked against device-os v0.4.4 … v2.3.1).
 */
public enum HandshakeLines {
    /** 0.4.7 … 0.5.x release builds define USE_ONLY_PANIC ({@code services/inc/config.h:31-33}): no log at all. */
    NONE_RELEASE_BUILD(false, "prints no handshake lines: 0.4/0.5 release builds print no system log at all"
            + " (only debug builds do)"),
    /** 0.6.0 … 0.6.4: the only stock Photon/P1 firmware that shows its handshake. */
    PRINTED(true, "prints its handshake lines (system and comm) on the serial log"),
    /**
     * 0.7.0 and newer: {@code LOG_COMPILE_TIME_LEVEL=LOG_LEVEL_NONE} for platforms 6 and 8
     * ({@code system/src/build.mk:18-24}, {@code communication/src/build.mk:39-45}); 0.7.0-rc.1 kept ERROR lines,
     * the other 0.7.0 pre-releases (module versions 201-206) are UNVERIFIED and counted here.
     */
    NONE_COMPILED_OUT(false, "will print no handshake lines: Device OS 0.7.0 and newer compile the system and"
            + " cloud lines out on a Photon/P1; only the application's own prints reach the serial log");

    private final boolean printed;
    private final String words;

    HandshakeLines(boolean printed, String words) {
        this.printed = printed;
        this.words = words;
    }

    /** From the system parts' module version (see {@link SystemModuleVersions}). */
    public static HandshakeLines of(int systemModuleVersion) {
        if (systemModuleVersion >= SystemModuleVersions.FIRST_0_7) {
            return NONE_COMPILED_OUT;
        }
        return systemModuleVersion >= SystemModuleVersions.FIRST_0_6 ? PRINTED : NONE_RELEASE_BUILD;
    }

    public boolean printed() {
        return printed;
    }

    /** For people: "will print no handshake lines: …". */
    public String words() {
        return words;
    }
}

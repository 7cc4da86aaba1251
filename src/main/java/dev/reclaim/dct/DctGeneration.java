package dev.reclaim.dct;

/**
 * The two generations of DCT handling in Device OS for Photon/P1. Used both for a firmware's copy-selection rule
 * and for the format a copy was written in.
 */
public enum DctGeneration {
    /**
     * Firmware 0.4–0.6 (WICED SDK 3.3 style): the current copy is the first with write_incomplete = 0,
     * is_current_dct = 1 and magic "BRCM"; no CRC; a write erases the old copy. A copy in this format has no
     * valid version struct.
     */
    LEGACY("legacy", "0.6 and older"),
    /**
     * Firmware 0.7 to 2.3 (Particle's WICED SDK 3.7 build): a version struct at +0x3FF0 with sequence and a
     * chunked CRC-32; the new copy goes into the other sector and the old one is kept but retired.
     */
    VERSIONED("versioned", "0.7 and newer");

    private final String id;
    private final String firmware;

    DctGeneration(String id, String firmware) {
        this.id = id;
        this.firmware = firmware;
    }

    /** "legacy" or "versioned", as in JSON output. */
    public String id() {
        return id;
    }

    /** The firmware versions this generation stands for, in words ("0.7 and newer"). */
    public String firmware() {
        return firmware;
    }
}

package dev.reclaim.flash.stlink;

/** What the probe is doing, from GET_CURRENT_MODE (0xF5) byte 0. */
public enum StLinkMode {
    DFU, MASS, DEBUG, SWIM, BOOTLOADER, UNKNOWN;

    public static StLinkMode fromCode(int code) {
        return switch (code & 0xFF) {
            case 0x00 -> DFU;
            case 0x01 -> MASS;
            case 0x02 -> DEBUG;
            case 0x03 -> SWIM;
            case 0x04 -> BOOTLOADER;
            default -> UNKNOWN;
        };
    }
}

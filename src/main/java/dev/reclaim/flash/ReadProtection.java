package dev.reclaim.flash;

/** Flash read protection (RDP) as the option byte encodes it: 0xAA level 0, 0xCC level 2, anything else level 1. */
public enum ReadProtection {
    LEVEL_0("none"),
    LEVEL_1("level 1: flash cannot be read or written from outside; only removing it, which erases all flash"),
    LEVEL_2("level 2: debug and bootloader permanently disabled");

    private final String description;

    ReadProtection(String description) {
        this.description = description;
    }

    public static ReadProtection fromOptionByte(int rdp) {
        return switch (rdp & 0xFF) {
            case 0xAA -> LEVEL_0;
            case 0xCC -> LEVEL_2;
            default -> LEVEL_1;
        };
    }

    public boolean active() {
        return this != LEVEL_0;
    }

    public String description() {
        return description;
    }
}

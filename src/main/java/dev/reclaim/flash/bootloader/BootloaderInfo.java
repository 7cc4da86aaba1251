package dev.reclaim.flash.bootloader;

import java.util.List;

/** What the bootloader said about itself: protocol version (0x33 = v3.3), command codes, and product ID. */
public record BootloaderInfo(int version, List<Integer> commands, int chipId) {
    public BootloaderInfo {
        commands = List.copyOf(commands);
    }

    public String versionText() {
        return (version >> 4) + "." + (version & 0xF);
    }
}

package dev.reclaim.workflow;

import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.flash.DeviceIdentity;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * Who a device is, as the front ends show it.
 *
 * @param deviceId              Particle device ID (lowercase hex), empty under read protection
 * @param chipId                DEV_ID (0x411 for the STM32F2)
 * @param flashSizeKib          empty under read protection
 * @param readProtectionLevel   "LEVEL_0", "LEVEL_1", "LEVEL_2"
 * @param readProtection        the level in words ("none", "level 1: …")
 * @param readProtected         true at level 1 or 2
 * @param writeProtected        write-protected sectors, empty when they cannot be read
 * @param link                  the link to the device ("UART bootloader v3.3 on /dev/ttyUSB0")
 * @param reachedThrough        the whole way there ("simulated P1 (healthy) via UART bootloader v3.3 …")
 * @param firmware              the Device OS modules read from flash, empty under read protection
 */
public record Identity(Optional<String> deviceId, int chipId, OptionalInt flashSizeKib, String readProtectionLevel,
                       String readProtection, boolean readProtected, Optional<SortedSet<Integer>> writeProtected,
                       String link, String reachedThrough, Optional<InstalledFirmware> firmware) {

    static Identity of(DeviceIdentity id, Optional<InstalledFirmware> firmware, String reachedThrough) {
        return new Identity(id.deviceId(), id.chipId(), id.flashSizeKib(), id.readProtection().name(),
                id.readProtection().description(), id.readProtection().active(), id.writeProtected(), id.access(),
                reachedThrough, firmware);
    }
}

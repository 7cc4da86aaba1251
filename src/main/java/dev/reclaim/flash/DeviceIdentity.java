package dev.reclaim.flash;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who the device is and what state its protections are in, as far as the target can tell.
 * Under read protection the UID and flash size cannot be read, hence the optionals.
 *
 * @param chipId             DEV_ID (0x411 for the STM32F2)
 * @param deviceId           Particle device ID, lowercase hex of the 12-byte UID
 * @param flashSizeKib       from the flash-size register (1024 on a P1)
 * @param readProtection     RDP level
 * @param writeProtected     flash sectors whose nWRP bit is 0 (unknown under read protection)
 * @param access             how it was reached, for messages ("UART bootloader v3.3 on /dev/ttyUSB0")
 */
public record DeviceIdentity(int chipId, Optional<String> deviceId, OptionalInt flashSizeKib,
                             ReadProtection readProtection, Optional<SortedSet<Integer>> writeProtected,
                             String access) {

    public DeviceIdentity {
        writeProtected = writeProtected.map(TreeSet::new);
    }

    /** What can be known of a chip whose bootloader refuses all reads. */
    public static DeviceIdentity readProtected(int chipId, String access) {
        return new DeviceIdentity(chipId, Optional.empty(), OptionalInt.empty(), ReadProtection.LEVEL_1,
                Optional.empty(), access);
    }

    /** Sectors whose nWRP bit is 0 in a 12-bit nWRP value. */
    public static SortedSet<Integer> writeProtectedFrom(int nWrp) {
        SortedSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < Stm32F2.sectors().size(); i++) {
            if ((nWrp & (1 << i)) == 0) {
                set.add(i);
            }
        }
        return set;
    }

    /** True when the sector is known to be write-protected. */
    public boolean isWriteProtected(int sector) {
        return writeProtected.map(s -> s.contains(sector)).orElse(false);
    }
}

package dev.reclaim.workflow;

import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Asks a device who it is: UID, chip, flash size, protections, the Device OS modules it carries, and the way it was
 * reached.
 */
public final class IdentifyDevice {
    private IdentifyDevice() {
    }

    public static Identity identify(DeviceSession device) throws IOException {
        try (GuardedFlashTarget target = device.openTarget()) {
            return identify(target);
        }
    }

    /** The modules are read unless read protection is on (then every read of the flash is refused). */
    static Identity identify(FlashTarget target) throws IOException {
        DeviceIdentity id = target.identity();
        Optional<InstalledFirmware> firmware = id.readProtection().active() ? Optional.empty()
                : Optional.of(ReadModules.read(target));
        return Identity.of(id, firmware, target.description());
    }
}

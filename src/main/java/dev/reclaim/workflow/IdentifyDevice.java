package dev.reclaim.workflow;

import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;

/** Asks a device who it is: UID, chip, flash size, protections, and the way it was reached. */
public final class IdentifyDevice {
    private IdentifyDevice() {
    }

    public static Identity identify(DeviceSession device) throws IOException {
        try (GuardedFlashTarget target = device.openTarget()) {
            return Identity.of(target.identity(), target.description());
        }
    }
}

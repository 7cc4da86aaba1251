package dev.reclaim.workflow;

import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.firmware.ModuleSlot;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;

/**
 * Reads the Device OS module headers (system parts and user part) from a device's flash: a few hundred bytes at
 * the start of each module area, read only. Reads are never guarded ({@link GuardedFlashTarget} guards erase and
 * write, which stay limited to the DCT sectors).
 */
public final class ReadModules {
    private ReadModules() {
    }

    public static InstalledFirmware read(DeviceSession device) throws IOException {
        try (GuardedFlashTarget target = device.openTarget()) {
            return read(target);
        }
    }

    /** The modules of a device already open; the caller has checked that read protection is off. */
    static InstalledFirmware read(FlashTarget target) throws IOException {
        return InstalledFirmware.read(slot -> target.read(slot.start(), ModuleSlot.READ_LENGTH,
                ProgressListener.NONE));
    }
}

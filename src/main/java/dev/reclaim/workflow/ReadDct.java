package dev.reclaim.workflow;

import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;

/** Reads a device's identity and both DCT sectors (32 KiB at 0x08004000), with progress in bytes. */
public final class ReadDct {
    /** What was read: who the device is and its two DCT sectors. */
    public record Result(Identity identity, byte[] dct) {
    }

    private ReadDct() {
    }

    /** @throws IOException when the device cannot be reached or refuses the read (read protection) */
    public static Result read(DeviceSession device, ProgressListener progress) throws IOException {
        try (GuardedFlashTarget target = device.openTarget()) {
            Identity id = IdentifyDevice.identify(target);
            progress.stage("Reading the DCT (32 KiB at 0x08004000)");
            return new Result(id, target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, progress));
        }
    }
}

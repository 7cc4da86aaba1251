package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;

/** Makes an application DCT (chosen by {@link DctToWrite}) a device's current one with the {@link SafeDctWrite}. */
public final class WriteDct {
    private WriteDct() {
    }

    public static SafeDctWrite.Outcome write(DeviceSession device, AppDct app, BackupStore backups,
                                             ProgressListener progress, Cancellation cancellation)
            throws IOException, CancelledException {
        try (GuardedFlashTarget target = device.openTarget()) {
            return new SafeDctWrite(target, backups, progress, cancellation).write(app);
        }
    }
}

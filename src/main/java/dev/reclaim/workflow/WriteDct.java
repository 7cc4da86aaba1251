package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.util.List;

/** Makes an application DCT (chosen by {@link DctToWrite}) a device's current one with the {@link SafeDctWrite}. */
public final class WriteDct {
    private WriteDct() {
    }

    /**
     * @param objections what is wrong with {@code app} ({@link DctToWrite#objections}); with a device ID naming
     *                   another device they go to {@code approval} before anything is written
     */
    public static SafeDctWrite.Outcome write(DeviceSession device, AppDct app, List<String> objections,
                                             WriteApproval approval, BackupStore backups,
                                             ProgressListener progress, Cancellation cancellation)
            throws IOException, CancelledException {
        try (GuardedFlashTarget target = device.openTarget()) {
            return new SafeDctWrite(target, backups, progress, cancellation).write(app, objections, approval);
        }
    }
}

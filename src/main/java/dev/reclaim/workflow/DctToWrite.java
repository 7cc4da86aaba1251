package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;

/**
 * Which application DCT of an image gets written to a device: the copy the firmware (≥0.7, versioned) would use,
 * and only when it is complete — a device must never be left with a partial DCT.
 */
public final class DctToWrite {
    /** The image holds nothing that may be written; the message says why, naming the image. */
    public static final class Unwritable extends Exception {
        Unwritable(String message) {
            super(message);
        }
    }

    private DctToWrite() {
    }

    /**
     * @param name how the user knows the image ("dct.bin", "the open DCT")
     * @throws Unwritable when there is no valid current copy or it is cut short
     */
    public static AppDct from(DctImage image, String name) throws Unwritable {
        AppDct app = image.currentAppDct(DctGeneration.VERSIONED).orElse(null);
        if (app == null) {
            Selection s = image.select(DctGeneration.VERSIONED);
            throw new Unwritable(name + " holds no valid DCT copy to write (" + s.reason() + ").");
        }
        if (!app.isComplete()) {
            throw new Unwritable(name + " holds only the first " + app.length() + " bytes of the application DCT;"
                    + " writing needs all 8391 (read the device's DCT and edit that instead).");
        }
        return app;
    }
}

package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.check.CheckId;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Severity;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Findings that make a DCT unfit to write as it is (an error in the copy that would be written). */
    /**
     * Keys the device cannot use. A wrong public-key slot or a pair mismatch is not among them: the firmware rebuilds
     * that slot from the private key at every boot (reference §0), so writing it harms nothing.
     */
    private static final Set<CheckId> UNFIT = Set.of(CheckId.DEVICE_PRIVATE_KEY_INVALID,
            CheckId.DEVICE_PRIVATE_KEY_MISREAD, CheckId.SERVER_PUBLIC_KEY_INVALID);

    private DctToWrite() {
    }

    /**
     * What is wrong with writing {@code image}'s DCT as it is, one sentence each (empty: nothing): a bad CRC of the
     * copy that would be written (the write recomputes it, so the corruption would look valid afterwards), invalid
     * keys, a key pair that does not match. Device-independent; {@link #otherDevice} adds the device's side.
     */
    public static List<String> objections(DctImage image) {
        List<String> out = new ArrayList<>();
        for (Finding f : DctInspector.inspect(image).checks()) {
            boolean badCrc = CheckId.CRC_MISMATCH.matches(f) && f.severity() == Severity.ERROR;
            if (badCrc || f.isProblem() && UNFIT.stream().anyMatch(id -> id.matches(f))) {
                out.add(f.title() + ": " + f.cause());
            }
        }
        return out;
    }

    /**
     * The objection to writing {@code app} to the device {@code deviceId}, when its device_id names another
     * device (then its private key is that device's too); empty when it matches or is blank (the firmware fills a
     * blank one from the chip at boot).
     */
    public static Optional<String> otherDevice(AppDct app, String deviceId) {
        var field = app.layout().field("device_id");
        if (!app.covers(field)) {
            return Optional.empty();
        }
        byte[] slot = app.slot(field);
        if (slot[0] == (byte) 0xFF || java.util.Arrays.equals(slot, new byte[slot.length])) {
            return Optional.empty();
        }
        String fileId = HexFormat.of().formatHex(slot);
        return fileId.equalsIgnoreCase(deviceId) ? Optional.empty() : Optional.of("The DCT belongs to device "
                + fileId + ", not to this device (" + deviceId + "): its device ID and private key are another"
                + " device's, and this one would then fail the cloud handshake.");
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

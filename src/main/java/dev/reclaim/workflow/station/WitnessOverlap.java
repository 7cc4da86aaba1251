package dev.reclaim.workflow.station;

import dev.reclaim.workflow.device.DeviceSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a station may let go of a device once it is reset and witness its handshake in the background while the
 * probe works on the next one ("overlapped witness"). The station's own work on a device takes about a second; the
 * device's first cloud attempt comes seconds after its boot (Wi-Fi first), so holding the probe through that wait
 * bounds a shift by the firmware's boot instead of the station's work.
 * <p>
 * It may when nothing the witness and the steps after it use is held by the station: the device is reached through
 * a probe on its SWD pads (the board stays powered on its fixture, its witness is the cloud and, on the simulator,
 * its own log UART), and every step after the witness asks only the cloud.
 */
public final class WitnessOverlap {
    /** Boards witnessed at once when nothing says otherwise: a small fixture's slots. */
    public static final int DEFAULT_SLOTS = 4;
    /** More boards than a fixture holds is a typing mistake. */
    public static final int MAX_SLOTS = 64;
    /** Recipe steps that may follow the witness in the background: they ask the cloud, never the device. */
    private static final Set<Recipe.Kind> CLOUD_ONLY = EnumSet.of(Recipe.Kind.CLAIM);

    private WitnessOverlap() {
    }

    /**
     * Why this recipe on this device runs one device at a time, in words for the user; empty when its witness may
     * overlap the next device's probe work.
     */
    public static Optional<String> sequentialBecause(Recipe recipe, DeviceSpec spec) {
        if (!spec.flashThroughProbe()) {
            return Optional.of("the device is reached through its UART bootloader, on the wire its log shares:"
                    + " the station holds that port until the handshake is witnessed");
        }
        List<Recipe.Kind> steps = recipe.steps();
        int witness = steps.indexOf(Recipe.Kind.WITNESS);
        for (Recipe.Kind after : steps.subList(witness + 1, steps.size())) {
            if (!CLOUD_ONLY.contains(after)) {
                return Optional.of("the recipe's step \"" + after.id() + "\" after the witness needs the device");
            }
        }
        return Optional.empty();
    }

    /** Checks a slot count from the user. */
    public static int checkSlots(int slots) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("--witness-slots " + slots + " is outside 1-" + MAX_SLOTS
                    + ": give how many boards the fixture holds (1: one device at a time).");
        }
        return slots;
    }
}

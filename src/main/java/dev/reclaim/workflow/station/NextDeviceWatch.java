package dev.reclaim.workflow.station;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.IdentifyDevice;
import dev.reclaim.workflow.device.AttachSense;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

/**
 * Waits between two devices on a line until the next one is attached, or the operator says go (a key). With an
 * {@link AttachSense} (an ST-Link's target voltage) the next device is there when the sense goes from no target to
 * a target: the finished device must come off first, so it is not run twice. Without one, each candidate is asked
 * who it is, and the next device is one that answers with another device ID than the last (a UART bootloader).
 */
final class NextDeviceWatch {
    /** Opens a session on whatever is attached now. */
    @FunctionalInterface
    interface Opener {
        DeviceSession open() throws IOException;
    }

    /** A target voltage is one cheap USB query: asked often, so the next device starts as soon as it sits. */
    static final Duration SENSE_POLL = Duration.ofMillis(250);
    /** Asking a device who it is takes a bootloader sync and a read: once a second. */
    static final Duration IDENTIFY_POLL = Duration.ofSeconds(1);

    private final Optional<AttachSense> sense;
    private final Opener opener;
    private final Consumer<String> cannotSense;

    /** @param cannotSense told once per wait, with the sense's words, when the sense cannot tell */
    NextDeviceWatch(Optional<AttachSense> sense, Opener opener, Consumer<String> cannotSense) {
        this.sense = sense;
        this.opener = opener;
        this.cannotSense = cannotSense;
    }

    /** The next device's session, once it is attached (or {@code goOn} says it is). */
    DeviceSession await(String lastDeviceId, Cancellation cancellation, BooleanSupplier goOn)
            throws IOException, CancelledException {
        boolean seenEmpty = false;
        boolean saidCannotTell = false;
        while (true) {
            cancellation.checkpoint("while waiting for the next device");
            if (goOn.getAsBoolean()) {
                return opener.open();
            }
            if (sense.isPresent()) {
                Optional<Boolean> attached = attached(sense.get(), saidCannotTell ? why -> { } : cannotSense);
                saidCannotTell |= attached.isEmpty();
                if (attached.isPresent() && !attached.get()) {
                    seenEmpty = true;
                } else if (attached.orElse(false) && seenEmpty) {
                    return opener.open();
                }
                pause(SENSE_POLL);
            } else {
                Optional<DeviceSession> next = newDevice(lastDeviceId);
                if (next.isPresent()) {
                    return next.get();
                }
                pause(IDENTIFY_POLL);
            }
        }
    }

    /** Empty when the sense cannot tell now (probe re-plugged, busy): neither an arrival nor a departure. */
    private static Optional<Boolean> attached(AttachSense sense, Consumer<String> cannotSense) {
        try {
            return Optional.of(sense.attached());
        } catch (IOException cannotTell) {
            cannotSense.accept(cannotTell.getMessage());
            return Optional.empty();
        }
    }

    private Optional<DeviceSession> newDevice(String lastDeviceId) throws IOException {
        DeviceSession candidate = opener.open();
        try {
            Optional<String> id = IdentifyDevice.identify(candidate).deviceId();
            if (id.isPresent() && !id.get().equals(lastDeviceId)) {
                return Optional.of(candidate);
            }
        } catch (IOException nothingAnswers) {
            // No device yet (or one still being attached): ask again.
        }
        candidate.close();
        return Optional.empty();
    }

    private static void pause(Duration d) throws CancelledException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while waiting for the next device");
        }
    }
}

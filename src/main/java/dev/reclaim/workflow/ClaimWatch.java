package dev.reclaim.workflow;

import dev.reclaim.cloud.CloudDevice;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.workflow.wizard.StepContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A claim by code, as the claim cycle and a station's recipe both do it: the code written into the DCT with
 * {@code claimed} cleared (the firmware sends the code after each handshake while its first byte is set, and on the
 * cloud's acknowledgement clears it and writes {@code claimed} '1' itself, §0), then the cloud asked until this
 * account owns the device.
 */
final class ClaimWatch {
    private static final Duration POLL = Duration.ofMillis(500);

    private final ParticleCloud cloud;
    private final String deviceId;
    private final Optional<Integer> productId;
    private final Clock clock = Clock.systemUTC();

    ClaimWatch(ParticleCloud cloud, String deviceId, Optional<Integer> productId) {
        this.cloud = cloud;
        this.deviceId = deviceId;
        this.productId = productId;
    }

    /** {@code app} with {@code claim_code} set to {@code code} and {@code claimed} cleared. */
    static AppDct withClaimCode(AppDct app, String code) throws InvalidValueException {
        DctEdits edits = DctEdits.photonP1();
        return new AppDct(DctWriter.applyEdits(app.bytes(), List.of(edits.parse("claim_code", code),
                edits.parse("claimed", "false"))));
    }

    /**
     * The device as this account sees it, when the account owns it: the lookup answers and names an owner (or,
     * where a reply names none, the account may look it up at all). A 403 or 404 means not (yet) this account's.
     */
    Optional<CloudDevice> owned() throws CloudException {
        try {
            CloudDevice d = cloud.lookup(deviceId, productId);
            return d.owner().isPresent() || productId.isEmpty() ? Optional.of(d) : Optional.empty();
        } catch (CloudException e) {
            if (e.reason() == CloudException.Reason.NOT_PERMITTED || e.reason() == CloudException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Asks the cloud until this account owns the device, at most {@code deadline} from now.
     *
     * @return the seconds it took
     * @throws IOException when the deadline passes first
     */
    double awaitOwned(Duration deadline, StepContext c) throws Exception {
        Instant start = clock.instant();
        Instant end = start.plus(deadline);
        while (true) {
            c.checkpoint("while waiting for the device to send its claim code (it may still send it later)");
            if (owned().isPresent()) {
                return Duration.between(start, clock.instant()).toMillis() / 1000.0;
            }
            if (!clock.instant().isBefore(end)) {
                throw new IOException("not claimed within " + deadline.toSeconds() + " s of the reset: the device"
                        + " did not connect, or did not send the code (check its log, its keys and its server)");
            }
            c.progress().progress(Duration.between(start, clock.instant()).toMillis(), deadline.toMillis());
            Thread.sleep(POLL.toMillis());
        }
    }
}

package dev.reclaim.cloud;

import java.time.Instant;
import java.util.Optional;

/**
 * A device as {@code GET /v1/devices/:id} describes it.
 *
 * @param owner           the owning account when the reply names it (product device listings do; UNVERIFIED for
 *                        developer devices), empty otherwise
 * @param productId       the product it belongs to; for a developer device the cloud reports the platform id here
 * @param connected       whether it is online now
 * @param lastHandshakeAt when its last handshake completed; empty if never or not reported
 */
public record CloudDevice(String id, Optional<String> owner, Optional<Integer> productId, boolean connected,
                          Optional<Instant> lastHandshakeAt) {

    /** Whether a handshake completed after {@code moment} and the device is online: the cloud's witness. */
    public boolean handshakeCompletedAfter(Instant moment) {
        return connected && lastHandshakeAt.map(t -> t.isAfter(moment)).orElse(false);
    }
}

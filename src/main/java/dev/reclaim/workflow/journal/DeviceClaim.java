package dev.reclaim.workflow.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A station's claim on a device for one run: while it is held no other station can claim the device. Release it by
 * closing it (try-with-resources around the run). A claim that is never released (the station crashed) lapses
 * after its lease, so the device is not locked out for good.
 */
public final class DeviceClaim implements AutoCloseable {
    /** Longer than any run (a UART recovery takes under a minute); short enough that a crash costs little. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);

    /** Gives a claim up in the journal that granted it. */
    @FunctionalInterface
    interface Release {
        void release(DeviceClaim claim) throws JournalException;
    }

    private final String deviceId;
    private final String station;
    private final UUID token;
    private final Instant since;
    private final boolean shared;
    private final Release release;
    private boolean released;

    DeviceClaim(String deviceId, String station, UUID token, Instant since, boolean shared, Release release) {
        this.deviceId = deviceId;
        this.station = station;
        this.token = token;
        this.since = since;
        this.shared = shared;
        this.release = release;
    }

    public String deviceId() {
        return deviceId;
    }

    public String station() {
        return station;
    }

    /** Identifies this claim (not the device): only its holder can release it. */
    public UUID token() {
        return token;
    }

    public Instant since() {
        return since;
    }

    /**
     * Whether the claim is held in the journal every station sees; false when the station works offline on its
     * outbox, where a claim keeps only this station from taking the device twice.
     */
    public boolean shared() {
        return shared;
    }

    /** The same claim as granted by another journal (the outbox wraps the shared one's release). */
    DeviceClaim releasedBy(Release other) {
        return new DeviceClaim(deviceId, station, token, since, shared, other);
    }

    /** Releases the claim; a second close does nothing. */
    @Override
    public void close() throws JournalException {
        if (!released) {
            released = true;
            release.release(this);
        }
    }
}

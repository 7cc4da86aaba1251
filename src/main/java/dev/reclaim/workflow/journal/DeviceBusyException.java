package dev.reclaim.workflow.journal;

import java.time.Instant;

/** Another station holds the device's claim: it is being worked on there now. */
public final class DeviceBusyException extends JournalException {
    private final String deviceId;
    private final String station;
    private final Instant since;

    public DeviceBusyException(String deviceId, String station, Instant since) {
        super("Device " + deviceId + " is being worked on by station " + station + " since " + since
                + ": finish it there, or wait until that station releases it.");
        this.deviceId = deviceId;
        this.station = station;
        this.since = since;
    }

    public String deviceId() {
        return deviceId;
    }

    public String station() {
        return station;
    }

    public Instant since() {
        return since;
    }
}

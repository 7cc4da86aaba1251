package dev.reclaim.workflow.device;

import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.stlink.StLink;
import dev.reclaim.flash.stlink.StLinkSession;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * An ST-Link's target voltage (GET_TARGET_VOLTAGE on VAPP): a target is attached when it measures its supply. The
 * probe is opened for each reading and let go, so that the run that follows opens it as usual; SWD is never entered.
 */
final class TargetVoltageSense implements AttachSense {
    private final StLink.Opener probe;
    private final String description;

    TargetVoltageSense(StLink.Opener probe, String probeName) {
        this.probe = probe;
        this.description = "the target voltage on " + probeName;
    }

    @Override
    public boolean attached() throws IOException {
        try (StLink stLink = StLink.open(probe, DeviceClock.SYSTEM)) {
            // A V2 powers up in DFU mode, where it does not measure.
            stLink.leaveDfuMode();
            OptionalInt millivolts = stLink.targetVoltageMillivolts();
            if (millivolts.isEmpty()) {
                throw new IOException(stLink.name() + " cannot measure the target voltage (firmware before J13):"
                        + " press Space when the next device is attached, or update the probe's firmware.");
            }
            return millivolts.getAsInt() >= StLinkSession.MIN_POWERED_MILLIVOLTS;
        }
    }

    @Override
    public String description() {
        return description;
    }
}

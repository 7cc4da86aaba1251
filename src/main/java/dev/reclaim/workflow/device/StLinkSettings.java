package dev.reclaim.workflow.device;

import dev.reclaim.flash.stlink.StLinkSession;
import dev.reclaim.flash.stlink.SwdClock;
import java.util.stream.Collectors;

/**
 * How an ST-Link ({@code stlink}, {@code sim-stlink}) reaches the core.
 *
 * @param underReset attach under reset from the start (firmware that uses D6/D7 or sleeps); otherwise attach to the
 *                   running core and fall back to under reset only when nothing answers on SWD
 * @param swdKhz     the SWD clock, one of the rates the probe supports
 */
public record StLinkSettings(boolean underReset, int swdKhz) {
    public StLinkSettings {
        if (!SwdClock.supportedKhz().contains(swdKhz)) {
            throw new IllegalArgumentException("An SWD clock of " + swdKhz + " kHz is not one an ST-Link can be set"
                    + " to; use one of " + SwdClock.supportedKhz().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " kHz (lower it if long wires give errors).");
        }
    }

    public static StLinkSettings defaults() {
        return new StLinkSettings(false, SwdClock.DEFAULT_KHZ);
    }

    public StLinkSettings withUnderReset(boolean underReset) {
        return new StLinkSettings(underReset, swdKhz);
    }

    StLinkSession.Attach attach() {
        return underReset ? StLinkSession.Attach.UNDER_RESET : StLinkSession.Attach.RUNNING_THEN_UNDER_RESET;
    }
}

package dev.reclaim.flash.stlink;

import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.flash.DeviceClock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What each plugged-in probe says about itself without touching the target: its firmware (GET_VERSION, or the V3
 * query) and the target voltage it measures (after leaving DFU mode, where a probe does not measure). Probes that cannot be opened keep the reason discovery gave.
 */
public final class ProbeSurvey {
    /** Opens a probe's bulk pipes: {@code StLinkProbes.open(serial)} for real probes. */
    @FunctionalInterface
    public interface Opener {
        UsbBulkLink open(StLinkProbe probe) throws IOException;
    }

    /**
     * @param firmware          e.g. V2J37S7, empty when the probe could not be asked
     * @param targetMillivolts  what it measures on VAPP, empty when it cannot measure or could not be asked
     * @param problem           why it cannot be used, empty when it can
     */
    public record ProbeStatus(StLinkProbe probe, Optional<StLinkVersion> firmware, OptionalInt targetMillivolts,
                              Optional<String> problem) {
    }

    private ProbeSurvey() {
    }

    public static List<ProbeStatus> survey(List<StLinkProbe> probes, Opener opener) {
        List<ProbeStatus> statuses = new ArrayList<>();
        for (StLinkProbe probe : probes) {
            statuses.add(probe.usable() ? ask(probe, opener)
                    : new ProbeStatus(probe, Optional.empty(), OptionalInt.empty(), probe.problem()));
        }
        return statuses;
    }

    private static ProbeStatus ask(StLinkProbe probe, Opener opener) {
        try (StLink stLink = StLink.open(opener.open(probe), DeviceClock.SYSTEM)) {
            stLink.leaveDfuMode();
            return new ProbeStatus(probe, Optional.of(stLink.version()), stLink.targetVoltageMillivolts(),
                    Optional.empty());
        } catch (IOException e) {
            return new ProbeStatus(probe, Optional.empty(), OptionalInt.empty(), Optional.of(e.getMessage()));
        }
    }
}

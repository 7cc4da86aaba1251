package dev.reclaim.workflow;

import dev.reclaim.flash.stlink.ProbeSurvey;
import dev.reclaim.link.StLinkProbes;
import java.io.IOException;
import java.util.List;

/** The ST-Links on the USB bus, each asked for its firmware and the target voltage it sees. */
public final class ProbeListing {
    private ProbeListing() {
    }

    /** @throws IOException when the USB bus cannot be scanned at all */
    public static List<ProbeReport> survey() throws IOException {
        return ProbeSurvey.survey(StLinkProbes.list(), p -> StLinkProbes.open(p.serial())).stream()
                .map(ProbeReport::of).toList();
    }
}

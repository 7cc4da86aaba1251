package dev.reclaim.sim.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.flash.stlink.ProbeSurvey;
import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.StLinkProduct;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code reclaim probes} on a freshly plugged V2, which is in DFU mode and measures nothing there. */
class FreshProbeSurveyTest {

    @Test
    void aProbeStillInDfuModeIsListedWithItsTargetVoltage() {
        SimulatedStLink fresh = new SimulatedProbe().plug();
        StLinkProbe probe = new StLinkProbe(StLinkProduct.V2, Optional.of("066D"), 1, 7, Optional.empty());

        ProbeSurvey.ProbeStatus status = ProbeSurvey.survey(List.of(probe), p -> fresh).get(0);

        assertThat(status.problem()).isEmpty();
        assertThat(status.firmware()).hasValueSatisfying(v -> assertThat(v).hasToString("V2J37S7"));
        assertThat(status.targetMillivolts()).hasValue(3300);
    }
}

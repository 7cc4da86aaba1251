package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.flash.stlink.ProbeSurvey.ProbeStatus;
import dev.reclaim.flash.stlink.StLinkVersion;
import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.StLinkProduct;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProbeReportTest {
    @Test
    void aSurveyedProbeIsReportedWithItsProductFirmwareAndVoltage() {
        ProbeReport ready = ProbeReport.of(new ProbeStatus(
                new StLinkProbe(StLinkProduct.V2, Optional.of("066DFF485550755187121723"), 1, 7, Optional.empty()),
                Optional.of(new StLinkVersion(2, 37, 7, 0, 0x483, 0x3748)), OptionalInt.of(3290), Optional.empty()));

        assertThat(ready).isEqualTo(new ProbeReport("ST-Link/V2", 0x3748, Optional.of("066DFF485550755187121723"),
                1, 7, Optional.of("V2J37S7"), OptionalInt.of(3290), Optional.empty()));
        assertThat(ready.usable()).isTrue();
    }

    @Test
    void aProbeThatCannotBeOpenedIsReportedWithTheReason() {
        ProbeReport denied = ProbeReport.of(new ProbeStatus(
                new StLinkProbe(StLinkProduct.V3E, Optional.empty(), 2, 4, Optional.of("Permission denied.")),
                Optional.empty(), OptionalInt.empty(), Optional.of("Permission denied.")));

        assertThat(denied.product()).isEqualTo("STLINK-V3E");
        assertThat(denied.productId()).isEqualTo(0x374E);
        assertThat(denied.problem()).contains("Permission denied.");
        assertThat(denied.usable()).isFalse();
    }
}

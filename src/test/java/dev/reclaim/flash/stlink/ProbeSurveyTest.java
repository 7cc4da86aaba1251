package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.link.LinkClosedException;
import dev.reclaim.link.ScriptedUsbBulkLink;
import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.StLinkProduct;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProbeSurveyTest {

    @Test
    void asksEachUsableProbeForFirmwareAndTargetVoltageOnly() {
        StLinkProbe ok = new StLinkProbe(StLinkProduct.V2, Optional.of("066D"), 1, 7, Optional.empty());
        StLinkProbe denied = new StLinkProbe(StLinkProduct.V2_1, Optional.empty(), 1, 8,
                Optional.of("Permission denied opening ST-Link/V2-1"));
        StLinkProbe gone = new StLinkProbe(StLinkProduct.V3E, Optional.of("0030"), 2, 3, Optional.empty());
        ScriptedUsbBulkLink usb = new ScriptedUsbBulkLink()
                .command("F1").reply("27 07 83 04 48 37")
                .command("F5").reply("01 00")
                .command("F7").reply("E8 03 00 00 5F 05 00 00");

        List<ProbeSurvey.ProbeStatus> statuses = ProbeSurvey.survey(List.of(ok, denied, gone), p -> {
            if (p == gone) {
                throw new LinkClosedException("STLINK-V3E was unplugged.");
            }
            return usb;
        });

        usb.assertFinished();
        assertThat(usb.closed()).isTrue();
        assertThat(statuses.get(0).firmware()).hasValueSatisfying(v -> assertThat(v).hasToString("V2J28S7"));
        assertThat(statuses.get(0).targetMillivolts()).hasValue(3300);
        assertThat(statuses.get(0).problem()).isEmpty();
        assertThat(statuses.get(1).problem()).hasValue("Permission denied opening ST-Link/V2-1");
        assertThat(statuses.get(2).problem()).hasValue("STLINK-V3E was unplugged.");
    }
}

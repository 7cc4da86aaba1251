package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.workflow.ProbeReport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProbesCommandTest {
    private static final ProbeReport READY = new ProbeReport("ST-Link/V2", 0x3748,
            Optional.of("066DFF485550755187121723"), 1, 7, Optional.of("V2J37S7"), OptionalInt.of(3290),
            Optional.empty());
    private static final ProbeReport DENIED = new ProbeReport("STLINK-V3E", 0x374E, Optional.empty(), 2, 4,
            Optional.empty(), OptionalInt.empty(), Optional.of("Permission denied opening X."));

    @Test
    void aLinePerProbeWithFirmwareVoltageOrTheProblem() {
        assertThat(ProbesCommand.line(READY)).contains("ST-Link/V2", "066DFF485550755187121723", "V2J37S7",
                "target 3.29 V", "(bus 1, device 7)");
        assertThat(ProbesCommand.line(DENIED)).contains("STLINK-V3E", "serial unknown", "Permission denied opening X.");
    }

    @Test
    void jsonIsOneDocumentWithEveryField() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ProbesCommand.toJson(List.of(READY, DENIED)));

        assertThat(root.get("probes")).hasSize(2);
        JsonNode first = root.get("probes").get(0);
        assertThat(first.get("productId").asText()).isEqualTo("0x3748");
        assertThat(first.get("firmware").asText()).isEqualTo("V2J37S7");
        assertThat(first.get("targetMillivolts").asInt()).isEqualTo(3290);
        assertThat(first.get("usable").asBoolean()).isTrue();
        assertThat(root.get("probes").get(1).get("problem").asText()).isEqualTo("Permission denied opening X.");
        assertThat(root.get("probes").get(1).get("serial").isNull()).isTrue();
    }
}

package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reclaim claim-cycle} end to end on the simulated P1 and its own cloud over HTTP: both ways of claiming, a
 * cloud that fails the claim call, and a device that never connects.
 */
class ClaimCycleCommandTest {
    @ReclaimHome
    Path home;

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> outcomes(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("cycles").forEach(c -> out.add(c.get("outcome").asText()));
        return out;
    }

    @Test
    void threeCyclesById() throws Exception {
        CliRun run = CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "3", "--by-id", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = json(run);
        assertThat(outcomes(doc)).containsExactly("claimed", "claimed", "claimed");
        JsonNode first = doc.get("cycles").get(0);
        assertThat(first.get("steps").findValuesAsText("title")).containsExactly("Cycle 1: unclaim",
                "Cycle 1: claim by ID");
        assertThat(first.get("seconds").asDouble()).isPositive();
        assertThat(doc.get("journalEntry").asLong()).isPositive();
        assertThat(CliRun.of("journal", "list").out()).contains("claim-cycle").contains("all_claimed")
                .contains("3 of 3 cycles claimed");
    }

    @Test
    void threeCyclesByClaimCodeTheDeviceSendsTheCodeItself() throws Exception {
        CliRun run = CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "3", "--by-claim-code", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = json(run);
        assertThat(outcomes(doc)).containsExactly("claimed", "claimed", "claimed");
        for (JsonNode cycle : doc.get("cycles")) {
            assertThat(cycle.get("steps").findValuesAsText("outcome")).containsOnly("ok");
            assertThat(cycle.get("steps").get(3).get("detail").asText()).contains("after the reset (cloud lookup)");
        }
        // each write backed the DCT up first
        assertThat(home.resolve("backups").resolve("3a0021000d47353136383631").toFile().list())
                .filteredOn(n -> n.endsWith("-dct.bin")).hasSize(3);
    }

    @Test
    void oneCycleByClaimCodeThroughTheSimulatedStLink() throws Exception {
        CliRun run = CliRun.of("claim-cycle", "--via", "sim-stlink:healthy", "--count", "1", "--by-claim-code",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(outcomes(json(run))).containsExactly("claimed");
    }

    @Test
    void aCloudFailingTheClaimNamesItInEveryCycleAndExits1() throws Exception {
        CliRun byId = CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "2", "--cloud-fail", "claim",
                "--json");
        assertThat(byId.exitCode()).isEqualTo(1);
        assertThat(outcomes(json(byId))).containsExactly("claim_failed", "claim_failed");
        assertThat(byId.err()).contains("503").contains("claim");

        CliRun byCode = CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "1", "--by-claim-code",
                "--cloud-fail", "claim", "--json");
        assertThat(byCode.exitCode()).isEqualTo(1);
        assertThat(outcomes(json(byCode))).containsExactly("claim_code_failed");
    }

    @Test
    void aDeviceThatNeverConnectsTimesOutAndIsClaimedBackByIdAtTheEnd() throws Exception {
        CliRun run = CliRun.of("claim-cycle", "--via", "sim:keys-rejected", "--count", "1", "--by-claim-code",
                "--wait", "3", "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(outcomes(json(run))).containsExactly("claim_timed_out");
        CliRun journal = CliRun.of("journal", "list", "--json");
        JsonNode steps = new ObjectMapper().readTree(journal.out()).get("entries").get(0).get("steps");
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.get("title").asText()).isEqualTo("Leave the device as found");
        assertThat(last.get("detail").asText()).isEqualTo("claimed back by ID");
    }

    @Test
    void badUsageExits2() {
        assertThat(CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "0").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "1", "--by-id", "--by-claim-code")
                .exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.of("claim-cycle", "--via", "sim:healthy", "--count", "1", "--cloud-fail", "nothing");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("not a cloud call");
    }
}

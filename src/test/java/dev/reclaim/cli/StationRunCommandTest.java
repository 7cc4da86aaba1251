package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.station.Recipes;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code reclaim station run} and {@code station recipes} end to end on fresh simulated P1s and their clouds. */
class StationRunCommandTest {
    @ReclaimHome
    Path home;

    private static List<JsonNode> lines(CliRun run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }

    private List<JournalEntry> journal() throws Exception {
        try (SqliteJournal j = SqliteJournal.in(home)) {
            return j.list(Optional.empty());
        }
    }

    @Test
    void throughTheStLinkEachLineComesInDeviceOrderWithItsProbeTime() throws Exception {
        CliRun run = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim-stlink:keys-rejected",
                "--count", "3", "--json", "--witness-slots", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> devices = lines(run);
        assertThat(devices).extracting(d -> d.get("device").asInt()).containsExactly(1, 2, 3);
        assertThat(devices).allSatisfy(d -> {
            assertThat(d.get("outcome").asText()).isEqualTo("pass");
            assertThat(d.get("probeSeconds").asDouble()).isLessThanOrEqualTo(d.get("seconds").asDouble());
        });
        assertThat(journal()).hasSize(3).extracting(JournalEntry::deviceId).doesNotHaveDuplicates();
    }

    @Test
    void aUartShiftSaysWhyItWorksOnOneDeviceAtATime() throws Exception {
        CliRun run = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim:keys-rejected");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("One device at a time: the device is reached through its UART bootloader");
        CliRun wrong = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim-stlink:healthy",
                "--witness-slots", "0");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--witness-slots 0 is outside").doesNotContain("Exception");
    }

    @Test
    void aShiftOfThreeFreshSimulatedDevicesAllPassEachJournaled() throws Exception {
        CliRun run = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim:keys-rejected",
                "--count", "3", "--json", "--station", "bench-7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> devices = lines(run);
        assertThat(devices).hasSize(3);
        assertThat(devices).allSatisfy(d -> {
            assertThat(d.get("outcome").asText()).isEqualTo("pass");
            assertThat(d.get("failedStep").asText()).isEmpty();
            assertThat(d.get("seconds").asDouble()).isPositive();
            // Where the time went: each step with its seconds, in order, adding up to no more than the device's.
            List<String> steps = new java.util.ArrayList<>();
            double sum = 0;
            for (JsonNode step : d.get("steps")) {
                steps.add(step.get("step").asText());
                assertThat(step.get("seconds").asDouble()).isNotNegative();
                sum += step.get("seconds").asDouble();
            }
            assertThat(steps).startsWith("Identify the device").endsWith("Wait for the handshake")
                    .contains("Back up the DCT", "Write the DCT", "Check the server settings");
            assertThat(sum).isPositive().isLessThanOrEqualTo(d.get("seconds").asDouble() + 0.1);
        });
        List<String> ids = devices.stream().map(d -> d.get("deviceId").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{24}"));
        List<JournalEntry> entries = journal();
        assertThat(entries).hasSize(3);
        assertThat(entries).extracting(JournalEntry::deviceId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(entries).extracting(JournalEntry::outcome).containsOnly("handshake_completed");
        assertThat(entries).extracting(JournalEntry::station).containsOnly("bench-7");
    }

    @Test
    void aFailingStepFailsThatDeviceAndTheNextOneStillRuns() throws Exception {
        CliRun run = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim:keys-rejected",
                "--count", "2", "--cloud-fail", "register");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PROBLEM);
        assertThat(run.out()).contains("Device 1 ").contains("Device 2 ")
                .contains("FAIL at \"Register the public key\"")
                .contains("Shift: 2 devices, 0 passed, 2 failed, yield 0%.");
        assertThat(journal()).extracting(JournalEntry::outcome).containsExactly("register_failed",
                "register_failed");
    }

    @Test
    void aFailedDeviceInJsonNamesItsStep() throws Exception {
        CliRun run = CliRun.of("station", "run", "--recipe", "recover-particle", "--via", "sim:keys-rejected",
                "--count", "1", "--cloud-fail", "register", "--json");
        JsonNode device = lines(run).get(0);
        assertThat(device.get("outcome").asText()).isEqualTo("fail");
        assertThat(device.get("failedStep").asText()).isEqualTo("Register the public key");
    }

    @Test
    void aRecipeWithAnUnknownStepIsAUsageErrorNamingItsLine() throws Exception {
        Path recipe = home.resolve("bad.json");
        Files.writeString(recipe, "{\n  \"name\": \"bad\",\n  \"steps\": [\n    {\"step\": \"identify\"},\n"
                + "    {\"step\": \"flash\"}\n  ]\n}\n");
        CliRun run = CliRun.of("station", "run", "--recipe", recipe.toString(), "--via", "sim:keys-rejected");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 5").contains("unknown step \"flash\"").doesNotContain("Exception");
        assertThat(journal()).isEmpty();
    }

    @Test
    void aServerStepWithoutPresetOrKeyIsAUsageErrorNamingTheField() throws Exception {
        Path recipe = home.resolve("no-server.json");
        Files.writeString(recipe, "{\"name\": \"x\", \"steps\": [\n{\"step\": \"identify\"}, {\"step\": \"backup\"},\n"
                + "{\"step\": \"server\"},\n{\"step\": \"reset\"}, {\"step\": \"witness\"}]}");
        CliRun run = CliRun.of("station", "run", "--recipe", recipe.toString(), "--via", "sim:keys-rejected");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 3").contains("\"preset\": \"particle\"").contains("\"key\"");
    }

    @Test
    void theShippedRecipesAreListedAndPrintedAsACopyThatLoads() throws Exception {
        CliRun list = CliRun.of("station", "recipes");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("recover-particle").contains("particle-server");
        CliRun print = CliRun.of("station", "recipes", "recover-particle");
        Path copy = home.resolve("mine.json");
        Files.writeString(copy, print.out().replace("\"recover-particle\"", "\"mine\""));
        assertThat(StationRecipes.load(copy.toString()).name()).isEqualTo("mine");
        assertThat(StationRecipes.load(copy.toString()).steps())
                .isEqualTo(StationRecipes.load("recover-particle").steps());
    }

    @Test
    void theProductLineRecipeIsPrintedWithEveryNewFieldAndPassesOnTheSimulator() throws Exception {
        CliRun list = CliRun.of("station", "recipes");
        assertThat(list.out()).contains("product-line");
        CliRun print = CliRun.of("station", "recipes", "product-line");
        assertThat(print.exitCode()).isZero();
        assertThat(print.out()).contains("{ \"step\": \"product\", \"product\": 12345 }")
                .contains("{ \"step\": \"register\", \"onFail\": \"stop\" }")
                .contains("{ \"step\": \"claim-code\" }")
                .contains("{ \"step\": \"witness\", \"onFail\": \"continue\" }")
                .contains("{ \"step\": \"claim\" }");

        CliRun run = CliRun.of("station", "run", "--recipe", "product-line", "--via", "sim:keys-rejected",
                "--count", "1", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(lines(run).get(0).get("outcome").asText()).isEqualTo("pass");
        JournalEntry entry = journal().get(0);
        assertThat(entry.steps()).filteredOn(s -> s.title().equals("Add the device to product 12345")
                || s.title().equals("Write the DCT") || s.title().equals("Check the claim code")).hasSize(3)
                .allSatisfy(s -> assertThat(s.outcome()).isEqualTo(StepOutcome.OK));
    }

    @Test
    void aPolicyThatWouldWriteAnUnregisteredKeyIsAUsageErrorNamingTheLine() throws Exception {
        Path recipe = home.resolve("risky.json");
        Files.writeString(recipe, Recipes.text("recover-particle").replace("{ \"step\": \"register\" }",
                "{ \"step\": \"register\", \"onFail\": \"continue\" }"));
        CliRun run = CliRun.of("station", "run", "--recipe", recipe.toString(), "--via", "sim:keys-rejected");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("line 8").contains("\"register\" cannot \"continue\"")
                .contains("registered before it is written").doesNotContain("Exception");
        assertThat(journal()).isEmpty();
    }
}

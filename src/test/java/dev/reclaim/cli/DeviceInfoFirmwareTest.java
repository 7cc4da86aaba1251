package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code device info} names the Device OS the module headers in flash carry, over both links. */
class DeviceInfoFirmwareTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private JsonNode infoJson(String via) throws Exception {
        CommandLine cl = ReclaimCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("device", "info", "--via", via, "--json")).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private String infoText(String via) {
        CommandLine cl = ReclaimCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("device", "info", "--via", via)).as(err.toString()).isZero();
        return out.toString();
    }

    private static List<String> ids(JsonNode findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim:keys-rejected", "sim-stlink:keys-rejected"})
    void keysRejectedRuns063AndPrintsItsHandshake(String via) throws Exception {
        JsonNode json = infoJson(via);

        assertThat(json.get("deviceOs").asText()).isEqualTo("0.6.3");
        JsonNode fw = json.get("firmware");
        assertThat(fw.get("systemModuleVersion").asInt()).isEqualTo(109);
        assertThat(fw.get("printsHandshake").asBoolean()).isTrue();
        JsonNode modules = fw.get("modules");
        assertThat(modules).hasSize(3);
        assertThat(modules.get(0).get("slot").asText()).isEqualTo("system-part1");
        assertThat(modules.get(0).get("headerAddress").asText()).isEqualTo("0x08020184");
        assertThat(modules.get(1).get("headerAddress").asText()).isEqualTo("0x08060184");
        assertThat(modules.get(1).get("dependencies").get(0).get("needs").asText())
                .isEqualTo("system part 1 0.6.3 or newer");
        assertThat(modules.get(2).get("slot").asText()).isEqualTo("user-part");
        assertThat(modules.get(2).get("headerAddress").asText()).isEqualTo("0x080A0000");
        assertThat(modules.get(2).get("platformId").asInt()).isEqualTo(8);
        assertThat(fw.get("findings")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim:keys-rejected-1.5.2", "sim-stlink:keys-rejected-1.5.2"})
    void a152DeviceSaysItWillPrintNoHandshakeLines(String via) throws Exception {
        JsonNode json = infoJson(via);

        assertThat(json.get("deviceOs").asText()).isEqualTo("1.5.2");
        assertThat(json.get("firmware").get("printsHandshake").asBoolean()).isFalse();
        assertThat(ids(json.get("firmware").get("findings"))).containsExactly("firmware_prints_no_handshake");
    }

    /** The version comes from the headers: a scenario that declares 0.6.3 but whose parts say 0.6.4. */
    @ParameterizedTest
    @ValueSource(strings = {"sim", "sim-stlink"})
    void theVersionIsTheHeadersNotTheScenarios(String kind) throws Exception {
        Path scenario = dir.resolve("updated.json");
        Files.writeString(scenario, """
                {"name": "updated", "firmware": "0.6.3", "systemParts": {"part1": "0.6.4", "part2": "0.6.4"},
                 "uid": "32003a000b47343533383531", "writeProtected": [0],
                 "dct": {"devicePrivateKey": "generated", "serverPublicKey": "genuine", "serverAddress": "blank"},
                 "cloud": {"deviceKeyRegistered": false}}
                """);

        JsonNode json = infoJson(kind + ":" + scenario);

        assertThat(json.get("deviceOs").asText()).isEqualTo("0.6.4");
        assertThat(json.get("firmware").get("systemModuleVersion").asInt()).isEqualTo(110);
    }

    @Test
    void aHalfFinishedUpdateIsAWarningWithItsFix() throws Exception {
        JsonNode json = infoJson("sim:half-updated");

        assertThat(json.get("deviceOs").isNull()).as("no one release").isTrue();
        JsonNode warning = json.get("firmware").get("findings").get(0);
        assertThat(warning.get("id").asText()).isEqualTo("system_parts_differ");
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("message").asText()).contains("System part 1 is 1.5.2 and system part 2 is 1.4.4");
        assertThat(warning.get("fix").asText()).contains("DFU mode").contains("both system parts");
        assertThat(warning.get("address").asText()).as("system part 2's header").isEqualTo("0x08060184");
    }

    @Test
    void theTextNamesTheSystemTheModulesAndTheWarning() {
        String text = infoText("sim-stlink:half-updated");

        assertThat(text).contains("Device OS          mixed: system part 1 1.5.2, system part 2 1.4.4;"
                        + " will print no handshake lines")
                .contains("Modules            system part 1: 1.5.2 (module version 1512) for the P1")
                .contains("                   system part 2: 1.4.4 (module version 1406) for the P1, needs"
                        + " system part 1 1.4.4 or newer")
                .contains("WARNING            The system parts are from different releases")
                .contains("                   fix: Put the device in DFU mode");
    }

    @Test
    void readProtectionHidesTheModules() throws Exception {
        JsonNode json = infoJson("sim:read-protected");
        assertThat(json.get("deviceOs").isNull()).isTrue();
        assertThat(json.get("firmware").isNull()).isTrue();
    }
}

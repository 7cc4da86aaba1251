package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.Outcome;
import dev.reclaim.flash.Stm32F2;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scenario boots, selects its DCT and prints the connection attempt the log engine then diagnoses. */
class ScenarioTest {

    /** Boots the scenario's firmware and returns what its log UART printed. */
    static String bootLog(String scenario) throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        try (InProcessSimulator sim = InProcessSimulator.start(
                SimulatedDevices.create(Scenarios.load(scenario), SimulatorOptions.instant(), cloud), cloud, scenario)) {
            return SimulatorLogs.drain(sim);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "keys-rejected,      FAILED,    -19, server-address-blank",
        "server-key-corrupt, FAILED,    -19, ",
        "read-protected,     FAILED,    -19, server-address-blank",
    })
    void theLogEngineReadsEachScenariosAttemptAsIntended(String scenario, Outcome outcome, Integer code,
                                                       String signal) throws Exception {
        String log = bootLog(scenario);
        LogAnalysis analysis = LogAnalysis.of(log.getBytes(StandardCharsets.US_ASCII));
        assertThat(analysis.attempts()).hasSize(1);
        Attempt attempt = analysis.attempts().get(0);
        assertThat(attempt.outcome()).as(log).isEqualTo(outcome);
        assertThat(attempt.code()).isEqualTo(code);
        if (signal != null) {
            assertThat(attempt.signals()).contains(signal);
        }
    }

    /**
     * A stock Photon/P1 on 0.7.0 or newer prints no system or comm line (dct-layout-and-handshake.md §0): only the
     * application's reaction to the cloud status event, so the log engine sees no attempt and the cloud is the only
     * witness. (These scenarios used to print full 0.7 handshake logs, which no real P1 does.)
     */
    @ParameterizedTest
    @CsvSource({
        "healthy,             'Connected [64, 8]'",
        "blank-private-key,   'Disconnected [64, 0]'",
        "keys-rejected-1.5.2, 'Disconnected [64, 0]'",
    })
    void firmware07AndNewerPrintsOnlyApplicationLines(String scenario, String last) throws Exception {
        String log = bootLog(scenario);
        String[] lines = log.split("\r\n");
        assertThat(lines).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains(" [app] INFO: Event: Cloud status changed - "));
        assertThat(lines[0]).endsWith("Connecting [64, 1]");
        assertThat(lines[1]).endsWith(last);
        assertThat(LogAnalysis.of(log.getBytes(StandardCharsets.US_ASCII)).attempts()).isEmpty();
    }

    @Test
    void keysRejectedIsTheRealP1FailureAndItsDiagnosisSaysSo() throws Exception {
        String log = bootLog("keys-rejected");
        assertThat(log).startsWith("0000005346 [system] INFO: Cloud: connecting\r\n"
                + "0000005356 [system] WARN: Read Server Address = type:255,defaulting to device.spark.io\r\n")
                .contains("0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19\r\n");
        LogAnalysis analysis = LogAnalysis.of(log.getBytes(StandardCharsets.US_ASCII));
        assertThat(analysis.diagnoses().stream().map(d -> d.id()).collect(Collectors.toList()))
                .contains("server_address_blank", "cloud_closed_during_key_exchange");
    }

    @Test
    void theScenarioDctIsValidForItsFirmwareAndTheFirmwareIsTheScenarios() {
        SimulatedP1 device = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(),
                SimulatedCloud.particle());
        byte[] dct = device.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
        assertThat(CopySelector.select(dct, DctGeneration.VERSIONED).current()).isEqualTo(1);
        assertThat(CopySelector.select(dct, DctGeneration.LEGACY).current()).isEqualTo(1);
        assertThat(device.chip().deviceId()).isEqualTo("3a0021000d47353136383631");
        assertThat(device.chip().options().isWriteProtected(0)).isTrue();
    }

    @Test
    void eachDeviceGetsItsOwnFreshKeysAndOnlyRegisteredOnesAreOnFile() {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 a = SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(), cloud);
        SimulatedCloud other = SimulatedCloud.particle();
        SimulatedDevices.create(Scenarios.load("healthy"), SimulatorOptions.instant(), other);
        assertThat(cloud.registeredKey(a.chip().deviceId())).isPresent();
        assertThat(cloud.registeredKey(a.chip().deviceId())).isNotEqualTo(other.registeredKey(a.chip().deviceId()));
        SimulatedCloud rejected = SimulatedCloud.particle();
        SimulatedP1 b = SimulatedDevices.create(Scenarios.load("keys-rejected"), SimulatorOptions.instant(), rejected);
        assertThat(rejected.registeredKey(b.chip().deviceId())).isEmpty();
    }

    @Test
    void aScenarioCanBeAFileOfTheSameShapeAndABadOneSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"name\": \"mine\", \"firmware\": \"0.7.0\", \"uid\": \"112233445566778899aabbcc\","
                + " \"readProtection\": 0, \"writeProtected\": [0], \"dct\": {\"devicePrivateKey\": \"generated\","
                + " \"serverPublicKey\": \"genuine\", \"serverAddress\": \"device.spark.io\"},"
                + " \"cloud\": {\"deviceKeyRegistered\": true}}");
        assertThat(Scenarios.load(file.toString()).firmware()).isEqualTo("0.7.0");
        Files.writeString(file, "{\"name\": \"mine\", \"firmware\": \"0.7.0\"}");
        assertThatThrownBy(() -> Scenarios.load(file.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uid");
        assertThatThrownBy(() -> Scenarios.load(dir.resolve("none.json").toString()))
                .hasMessageContaining("no scenario file");
    }

    @Test
    void unknownScenariosAreNamedWithTheChoices() {
        assertThatThrownBy(() -> Scenarios.load("broken")).hasMessageContaining("keys-rejected, healthy");
    }
}

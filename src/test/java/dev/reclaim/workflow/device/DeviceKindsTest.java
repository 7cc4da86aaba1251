package dev.reclaim.workflow.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.IdentifyDevice;
import dev.reclaim.workflow.Identity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceKindsTest {
    /** A spec of every kind, in its canonical form, and how it describes itself. */
    private static final Map<String, String> EVERY_KIND = Map.of(
            "sim:healthy", "simulated P1 (healthy)",
            "sim-stlink:keys-rejected,unplug=40", "simulated P1 (keys-rejected) through a simulated ST-Link (unplug=40)",
            "bootloader:/dev/ttyUSB0", "UART bootloader on /dev/ttyUSB0",
            "stlink:066DFF485550755187121723", "ST-Link 066DFF485550755187121723",
            "serial:COM3", "log port COM3");
    private static final DeviceOptions INSTANT =
            new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults());

    @Test
    void everyKindParsesDescribesItselfAndRoundTrips() {
        assertThat(EVERY_KIND.keySet().stream().map(s -> DeviceKinds.parse(s).kind()).toList())
                .containsExactlyInAnyOrderElementsOf(DeviceKinds.all());
        EVERY_KIND.forEach((text, description) -> {
            DeviceSpec spec = DeviceKinds.parse(text);
            assertThat(spec).hasToString(text);
            assertThat(spec.description()).isEqualTo(description);
            assertThat(DeviceKinds.parse(spec.toString())).isEqualTo(spec);
        });
    }

    @Test
    void onlyTheStLinkKindsTakeStLinkSettingsAndTheClockMustBeOneTheProbeRuns() {
        assertThat(DeviceKinds.all().stream().filter(DeviceKind::takesStLinkSettings).map(DeviceKind::prefix))
                .containsExactlyInAnyOrder("stlink", "sim-stlink");
        assertThat(new StLinkSettings(true, 480).attach().name()).isEqualTo("UNDER_RESET");
        assertThat(StLinkSettings.defaults().attach().name()).isEqualTo("RUNNING_THEN_UNDER_RESET");
        assertThatThrownBy(() -> new StLinkSettings(false, 1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 kHz").hasMessageContaining("950");
    }

    @Test
    void defaultsAreFilledInAndThePrefixIsCaseInsensitive() {
        assertThat(DeviceKinds.parse("sim")).isEqualTo(DeviceKinds.DEFAULT).hasToString("sim:keys-rejected");
        assertThat(DeviceKinds.DEFAULT).hasToString(DeviceKinds.DEFAULT_TEXT);
        assertThat(DeviceKinds.parse("sim-stlink")).hasToString("sim-stlink:keys-rejected");
        assertThat(DeviceKinds.parse("STLINK")).hasToString("stlink");
        assertThat(DeviceKinds.parse(" Serial:/dev/ttyACM0 ")).hasToString("serial:/dev/ttyACM0");
    }

    @Test
    void theAcceptedFormsAreGeneratedAndNameEveryKind() {
        String forms = DeviceKinds.forms(k -> true);
        DeviceKinds.all().forEach(k -> assertThat(forms).contains(k.form()));
        assertThat(forms).isEqualTo("sim[:SCENARIO], sim-stlink[:SCENARIO[,FAULT...]], bootloader:PORT,"
                + " stlink[:SERIAL] or serial:PORT");
        assertThatThrownBy(() -> DeviceKinds.parse("usb:1")).hasMessage("'usb:1' is not a device: use " + forms + ".");
        assertThat(DeviceKinds.help(k -> true)).hasSize(DeviceKinds.all().size())
                .allSatisfy(line -> assertThat(line).matches("\\S+ \\(.+\\)"));
    }

    @Test
    void aLogPortIsADeviceButNotOneWithFlash() {
        assertThat(DeviceKinds.parse("serial:/dev/ttyUSB0").kind().reachesLog()).isTrue();
        assertThatThrownBy(() -> DeviceKinds.parseFlashDevice("serial:/dev/ttyUSB0"))
                .hasMessage("'serial:/dev/ttyUSB0' cannot read or write flash: use sim[:SCENARIO],"
                        + " sim-stlink[:SCENARIO[,FAULT...]], bootloader:PORT or stlink[:SERIAL].");
        assertThat(DeviceKinds.parseFlashDevice("bootloader:COM3")).hasToString("bootloader:COM3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bootloader", "serial:", "bootloader:  "})
    void aPortKindWithoutAPortSaysHowToNameOne(String text) {
        assertThatThrownBy(() -> DeviceKinds.parse(text)).hasMessageContaining("names no port")
                .hasMessageContaining(":/dev/ttyUSB0");
    }

    @Test
    void badArgumentsAreRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> DeviceKinds.parse("sim:exploded")).hasMessageContaining("keys-rejected, healthy");
        assertThatThrownBy(() -> DeviceKinds.parse("sim-stlink:exploded")).hasMessageContaining("keys-rejected");
        assertThatThrownBy(() -> DeviceKinds.parse("sim-stlink:healthy,melt")).hasMessageContaining("unplug=K");
    }

    @Test
    void theSimulatorsCandidatesAreItsScenarios() throws Exception {
        List<Candidate> scenarios = DeviceKinds.DEFAULT.kind().candidates();
        assertThat(scenarios).extracting(Candidate::argument).startsWith("keys-rejected", "healthy");
        assertThat(scenarios).allSatisfy(c -> assertThat(c.subtitle()).isNotBlank());
    }

    @Test
    void aSimulatedSessionKeepsItsDeviceAndReachesItsFlashAndLogThroughEitherKind() throws Exception {
        for (String text : List.of("sim:healthy", "sim-stlink:healthy")) {
            try (DeviceSession session = DeviceSession.open(DeviceKinds.parse(text), INSTANT)) {
                assertThat(session.hasFlashAccess()).isTrue();
                assertThat(session.simulated()).isTrue();
                assertThat(session.scenario()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("healthy"));
                assertThat(session.logSource()).isPresent();
                Identity first = IdentifyDevice.identify(session);
                Identity again = IdentifyDevice.identify(session);
                assertThat(first.deviceId()).contains("3a0021000d47353136383631");
                assertThat(again.deviceId()).isEqualTo(first.deviceId());
                assertThat(first.reachedThrough()).startsWith("simulated P1 (healthy) via ");
            }
        }
    }

    @Test
    void aLogPortSessionHasALogSourceAndRefusesFlashSayingWhichRoleToPick() throws Exception {
        try (DeviceSession session = DeviceSession.open(DeviceKinds.parse("serial:/dev/ttyUSB9"), INSTANT)) {
            assertThat(session.description()).isEqualTo("log port /dev/ttyUSB9");
            assertThat(session.hasFlashAccess()).isFalse();
            assertThat(session.logSource()).hasValueSatisfying(s -> assertThat(s.live()).isTrue());
            assertThatThrownBy(session::openTarget).hasMessageContaining("UART bootloader");
        }
    }
}

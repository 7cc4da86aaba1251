package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.firmware.InstalledFirmware;
import dev.reclaim.firmware.ModuleSlot;
import dev.reclaim.firmware.SystemModuleVersions;
import org.junit.jupiter.api.Test;

/** Every shipped scenario's P1 carries module headers for its Device OS, where the firmware looks for them. */
class SimulatedModulesTest {

    private static InstalledFirmware modulesOf(Scenario scenario) {
        SimulatedP1 device = SimulatedDevices.create(scenario, SimulatorOptions.instant(), SimulatedCloud.particle());
        return InstalledFirmware.read(slot -> device.chip().flash().read(slot.start(), ModuleSlot.READ_LENGTH));
    }

    @Test
    void eachScenarioCarriesItsReleaseInBothSystemPartsAndAnApp() {
        for (String name : Scenarios.NAMES) {
            Scenario scenario = Scenarios.load(name);
            InstalledFirmware fw = modulesOf(scenario);
            assertThat(fw.modules()).as(name).hasSize(3);
            assertThat(fw.module(ModuleSlot.SYSTEM_PART1).orElseThrow().version()).as(name)
                    .isEqualTo(SystemModuleVersions.moduleVersion(scenario.systemPart(1))
                            .orElseThrow());
            if (scenario.systemPart(1).equals(scenario.systemPart(2))) {
                assertThat(fw.deviceOs()).as(name).contains(scenario.firmware());
            }
        }
    }

    @Test
    void theHalfUpdatedScenarioHasMismatchedParts() {
        InstalledFirmware fw = modulesOf(Scenarios.load("half-updated"));
        assertThat(fw.module(ModuleSlot.SYSTEM_PART1).orElseThrow().version()).isEqualTo(1512);
        assertThat(fw.module(ModuleSlot.SYSTEM_PART2).orElseThrow().version()).isEqualTo(1406);
        assertThat(fw.findings()).anySatisfy(f -> assertThat(f.id()).isEqualTo("system_parts_differ"));
    }

    @Test
    void aReleaseWithNoKnownModuleVersionIsRefusedWithTheRange() {
        Scenario s = Scenarios.load("healthy");
        Scenario unknown = new Scenario(s.name(), s.summary(), "0.8.0", s.uid(), 0, s.writeProtected(), s.dct(),
                s.cloud());
        assertThatThrownBy(() -> modulesOf(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no module version of Device OS 0.8.0").hasMessageContaining("0.4.9 to 2.3.1");
    }
}

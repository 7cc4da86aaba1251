package dev.reclaim.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstalledFirmwareTest {
    private static final ModuleDependency NONE = ModuleDependency.NONE;

    /** System parts as the release makefiles link them (part1_build.mk, part2_build.mk at v1.4.4 and v1.5.2). */
    private static ModuleInfo part1(int version) {
        return module(ModuleSlot.SYSTEM_PART1, version, 8, version >= 300
                ? new ModuleDependency(ModuleFunction.SYSTEM_PART, 2, 207) : NONE);
    }

    private static ModuleInfo part2(int version) {
        return module(ModuleSlot.SYSTEM_PART2, version, 8, new ModuleDependency(ModuleFunction.SYSTEM_PART, 1,
                version));
    }

    private static ModuleInfo user(int needsPart2, int platform) {
        return module(ModuleSlot.USER_PART, 6, platform, new ModuleDependency(ModuleFunction.SYSTEM_PART, 2,
                needsPart2));
    }

    private static ModuleInfo module(ModuleSlot slot, int version, int platform, ModuleDependency needs) {
        return new ModuleInfo(slot.start(), slot.start(), slot.start() + 0x1000, 0, version, platform,
                slot.function(), slot.index(), needs, NONE);
    }

    private static InstalledFirmware of(ModuleInfo... modules) {
        Map<ModuleSlot, ModuleInfo> map = new EnumMap<>(ModuleSlot.class);
        for (ModuleInfo m : modules) {
            map.put(ModuleSlot.of(m.function(), m.index()).orElseThrow(), m);
        }
        return new InstalledFirmware(map);
    }

    private static List<String> ids(InstalledFirmware fw) {
        return fw.findings().stream().map(Finding::id).toList();
    }

    @Test
    void aWhole152SaysItsReleaseAndThatItPrintsNoHandshake() {
        InstalledFirmware fw = of(part1(1512), part2(1512), user(1512, 8));

        assertThat(fw.deviceOs()).contains("1.5.2");
        assertThat(fw.handshakeLines()).contains(HandshakeLines.NONE_COMPILED_OUT);
        assertThat(fw.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(FirmwareChecks.NO_HANDSHAKE_LINES);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.cause()).contains("1.5.2").contains("will print no handshake lines");
        });
    }

    @Test
    void a063PrintsItsHandshakeAndHasNothingToSay() {
        InstalledFirmware fw = of(part1(109), part2(109), user(109, 8));
        assertThat(fw.deviceOs()).contains("0.6.3");
        assertThat(fw.handshakeLines()).contains(HandshakeLines.PRINTED);
        assertThat(fw.findings()).isEmpty();
    }

    @Test
    void part1NewerThanPart2IsAHalfFinishedUpdateWithTheFix() {
        InstalledFirmware fw = of(part1(1512), part2(1406), user(1406, 8));

        assertThat(fw.deviceOs()).as("no single release").isEmpty();
        assertThat(fw.describe()).isEqualTo("mixed: system part 1 1.5.2, system part 2 1.4.4");
        Finding f = fw.findings().stream().filter(x -> x.id().equals(FirmwareChecks.SYSTEM_PARTS_DIFFER))
                .findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cause()).contains("System part 1 is 1.5.2 and system part 2 is 1.4.4");
        assertThat(f.fix()).contains("DFU mode").contains("both system parts").contains("particle update");
        assertThat(f.location()).isEqualTo(new Location.Flash(ModuleSlot.SYSTEM_PART2.start()));
        assertThat(fw.handshakeLines()).as("both releases are silent").contains(HandshakeLines.NONE_COMPILED_OUT);
    }

    @Test
    void part2ThatNeedsANewerPart1IsTheErrorTheFirmwareStopsOn() {
        InstalledFirmware fw = of(part1(1406), part2(1512), user(1512, 8));

        assertThat(ids(fw)).contains(FirmwareChecks.SYSTEM_DEPENDENCY_UNMET)
                .doesNotContain(FirmwareChecks.SYSTEM_PARTS_DIFFER);
        Finding f = fw.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cause()).contains("system part 2 (1.5.2) needs system part 1 1.5.2 or newer")
                .contains("1.4.4").contains("safe mode");
    }

    @Test
    void aMissingSystemPartIsAnError() {
        InstalledFirmware fw = of(part1(1512), user(1512, 8));
        assertThat(ids(fw)).containsExactly(FirmwareChecks.SYSTEM_PART_MISSING);
        assertThat(fw.describe()).isEqualTo("mixed: system part 1 1.5.2, system part 2 missing");
        assertThat(of().describe()).isEqualTo("none (no system part found)");
    }

    @Test
    void anApplicationBuiltForANewerSystemAndOneForAnotherPlatformAreNamed() {
        assertThat(ids(of(part1(1406), part2(1406), user(1512, 8))))
                .contains(FirmwareChecks.USER_PART_NEEDS_NEWER_SYSTEM);
        assertThat(ids(of(part1(1512), part2(1512), user(1512, 10)))).contains(FirmwareChecks.WRONG_PLATFORM);
    }

    @Test
    void linesNameEachSlotAndItsNeeds() {
        assertThat(of(part1(1512), part2(1512)).lines()).containsExactly(
                "system part 1: 1.5.2 (module version 1512) for the P1, needs system part 2 0.7.0 or newer",
                "system part 2: 1.5.2 (module version 1512) for the P1, needs system part 1 1.5.2 or newer",
                "user part: none");
    }
}

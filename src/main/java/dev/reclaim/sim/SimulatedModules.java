package dev.reclaim.sim;

import dev.reclaim.firmware.ModuleDependency;
import dev.reclaim.firmware.ModuleFunction;
import dev.reclaim.firmware.ModuleInfo;
import dev.reclaim.firmware.ModuleSlot;
import dev.reclaim.firmware.SystemModuleVersions;
import dev.reclaim.flash.Stm32F2;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes the module headers a P1 on a scenario's Device OS carries into the simulated flash, where and how its
 * linker scripts put them (see {@link ModuleSlot}), so that both links read them as from a real P1. The code around
 * them stays the synthetic bytes.
 * <p>
 * Dependencies as the release's makefiles set them (device-os {@code modules/shared/stm32f2xx/part1_build.mk},
 * {@code part2_build.mk}, {@code user_build.mk}, {@code modules/shared/system_module_version.mk} at v1.5.2): part 2
 * needs part 1 of its own release; part 1 needs part 2 ≥ 0.7.0 (207) from 0.8.x on (module version ≥ 300) and
 * nothing before; the user part (Tinker) needs part 2 of the release it was built with. Left out: part 2's second
 * dependency, on the bootloader (from 0.7.x; Reclaim does not read the bootloader), and the module's end: the
 * lengths below are stand-ins, and no CRC or SHA suffix is written.
 */
final class SimulatedModules {
    static final int PLATFORM_P1 = 8;
    /** Tinker's USER_PART_MODULE_VERSION (4 at 0.6.4, 5 at 0.7.0, 6 at 1.2.1 … 2.3.1); one stand-in for all. */
    static final int TINKER_VERSION = 5;
    /** module_version of a 0.8.0 pre-release and newer (RELEASE_080_MODULE_VERSION_BASE). */
    private static final int FROM_0_8 = 300;
    private static final int VECTOR_TABLE = 0x184;
    private static final long INITIAL_STACK = Stm32F2.SRAM_BASE + Stm32F2.SRAM_SIZE;
    private static final int SYSTEM_LENGTH = 0x3_E000;
    private static final int USER_LENGTH = 0x1_2000;

    private SimulatedModules() {
    }

    static void load(SimulatedFlash flash, Scenario scenario) {
        int part1 = moduleVersion(scenario, 1);
        int part2 = moduleVersion(scenario, 2);
        ModuleDependency part1Needs = part1 >= FROM_0_8
                ? new ModuleDependency(ModuleFunction.SYSTEM_PART, 2, SystemModuleVersions.RELEASE_0_7_0)
                : ModuleDependency.NONE;
        system(flash, ModuleSlot.SYSTEM_PART1, part1, part1Needs);
        system(flash, ModuleSlot.SYSTEM_PART2, part2, new ModuleDependency(ModuleFunction.SYSTEM_PART, 1, part2));
        ModuleSlot user = ModuleSlot.USER_PART;
        flash.load(user.start(), header(user, USER_LENGTH, TINKER_VERSION,
                new ModuleDependency(ModuleFunction.SYSTEM_PART, 2, part2)).encode());
    }

    /** A vector table's first word (an initial stack pointer), then the header 0x184 bytes in. */
    private static void system(SimulatedFlash flash, ModuleSlot slot, int version, ModuleDependency needs) {
        flash.load(slot.start(), ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) INITIAL_STACK).array());
        flash.load(slot.start() + VECTOR_TABLE, header(slot, SYSTEM_LENGTH, version, needs).encode());
    }

    private static ModuleInfo header(ModuleSlot slot, int length, int version, ModuleDependency needs) {
        long at = slot == ModuleSlot.USER_PART ? slot.start() : slot.start() + VECTOR_TABLE;
        return new ModuleInfo(at, slot.start(), slot.start() + length, 0, version, PLATFORM_P1, slot.function(),
                slot.index(), needs, ModuleDependency.NONE);
    }

    private static int moduleVersion(Scenario scenario, int part) {
        String release = scenario.systemPart(part);
        return SystemModuleVersions.moduleVersion(release).orElseThrow(() -> new IllegalArgumentException(
                "scenario " + scenario.name() + ": Reclaim knows no module version of Device OS " + release
                + " for system part " + part + " (releases 0.4.9 to 2.3.1 are known)"));
    }
}

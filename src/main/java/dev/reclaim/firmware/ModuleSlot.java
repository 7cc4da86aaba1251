package dev.reclaim.firmware;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Where a Photon/P1 (platforms 6 and 8) keeps its modules, and how the firmware finds a module's header there.
 * <p>
 * Bounds: {@code module_system_part1/2} and {@code module_user} in device-os {@code hal/src/photon/ota_flash_hal.cpp}
 * (v0.4.9–v0.6.4, lines 34-36) and {@code hal/src/photon/ota_module_bounds.c} (v0.7.0–v2.3.1, lines 7-9): identical
 * in every release; a Photon/P1 never had a system part 3 (that is the Electron's). The linker scripts agree
 * ({@code modules/photon/system-part1/linker.ld}: ORIGIN 0x08020000, 256K; system-part2 0x08060000, 256K; user-part
 * 0x080a0000, 128K).
 * <p>
 * The header: {@code FLASH_ModuleInfo} ({@code platform/MCU/STM32F2xx/SPARK_Firmware_Driver/src/flash_mal.c:661-676}
 * at v1.5.2, the same at v0.4.9 and v2.3.1) takes it at the slot's start, or 0x184 after it when the first word
 * looks like an initial stack pointer ({@code word & APP_START_MASK(0x2FF10000) == 0x20000000}): system part 2
 * starts with its vector table (97 words = 0x184; {@code modules/shared/stm32f2xx/part2.ld}: "expected_dynalib_start
 * = ORIGIN(APP_FLASH) + 0x184 + 24"), part 1 with an imitation of one whose first word is {@code &_stack_end}
 * ({@code system_part1_boot_table[97]} in {@code modules/shared/stm32f2xx/inc/system_part1_loader.c};
 * {@code part1_vtor_module.ld}: "system_part1_module_info_start = system_part1_start + 0x184", the same at v0.4.9,
 * v0.6.4 and v2.3.1), and the user part with its header at once ({@code user.ld}: "expected_dynalib_start =
 * ORIGIN(APP_FLASH) + 24").
 */
public enum ModuleSlot {
    SYSTEM_PART1("system-part1", "system part 1", 0x0802_0000L, 0x0806_0000L, ModuleFunction.SYSTEM_PART, 1),
    SYSTEM_PART2("system-part2", "system part 2", 0x0806_0000L, 0x080A_0000L, ModuleFunction.SYSTEM_PART, 2),
    USER_PART("user-part", "user part", 0x080A_0000L, 0x080C_0000L, ModuleFunction.USER_PART, 1);

    /** Enough of the slot to find its header either way. */
    public static final int READ_LENGTH = VectorTable.SIZE + ModuleInfo.SIZE;

    private final String id;
    private final String title;
    private final long start;
    private final long end;
    private final ModuleFunction function;
    private final int index;

    ModuleSlot(String id, String title, long start, long end, ModuleFunction function, int index) {
        this.id = id;
        this.title = title;
        this.start = start;
        this.end = end;
        this.function = function;
        this.index = index;
    }

    /** The name particle-cli gives the module's file: "system-part1", "user-part". */
    public String id() {
        return id;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public ModuleFunction function() {
        return function;
    }

    public int index() {
        return index;
    }

    /** The slot a dependency names, if it is one of these. */
    public static Optional<ModuleSlot> of(ModuleFunction function, int index) {
        for (ModuleSlot s : values()) {
            if (s.function == function && s.index == index) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The module in this slot, from its first {@link #READ_LENGTH} bytes; empty when there is none, e.g. erased
     * flash. Like the firmware's {@code fetch_module} (hal/src/stm32/ota_module.cpp at v1.5.2) a header counts only
     * when its function and index name this slot and its end lies inside it; Reclaim also wants its start to be the
     * slot's, as {@code FLASH_isUserModuleInfoValid} (flash_mal.c:702) does, so random bytes do not pass.
     */
    public Optional<ModuleInfo> locate(byte[] slotBytes) {
        if (slotBytes.length < READ_LENGTH) {
            throw new IllegalArgumentException("need the first " + READ_LENGTH + " bytes of the " + title);
        }
        int offset = VectorTable.startsWithOne(slotBytes) ? VectorTable.SIZE : 0;
        ModuleInfo info = ModuleInfo.parse(slotBytes, offset, start + offset);
        boolean here = info.function() == function && info.index() == index && info.startAddress() == start
                && info.endAddress() > start && info.endAddress() <= end;
        return here ? Optional.of(info) : Optional.empty();
    }

    @Override
    public String toString() {
        return title;
    }

    /** The firmware's test for "a vector table comes first" (flash_mal.h APP_START_MASK). */
    private static final class VectorTable {
        static final int SIZE = 0x184;
        private static final int APP_START_MASK = 0x2FF1_0000;

        static boolean startsWithOne(byte[] bytes) {
            int first = ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            return (first & APP_START_MASK) == 0x2000_0000;
        }
    }
}

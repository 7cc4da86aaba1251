package dev.reclaim.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Module headers laid out byte by byte from device-os {@code dynalib/inc/module_info.h} (its STATIC_ASSERTed
 * offsets), placed as the Photon/P1 linker scripts place them, independently of {@link ModuleInfo#encode}.
 */
class ModuleSlotTest {

    /** The first bytes of a slot: {@code firstWord} at 0, a module_info_t at {@code headerOffset}. */
    private static byte[] slot(int firstWord, int headerOffset, int start, int end, int version, int platform,
                               int function, int index, int[] dep1, int[] dep2) {
        byte[] b = new byte[ModuleSlot.READ_LENGTH];
        new Random(7).nextBytes(b);
        le32(b, 0, firstWord);
        int h = headerOffset;
        le32(b, h, start);
        le32(b, h + 4, end);
        b[h + 8] = 0;                 // reserved
        b[h + 9] = 0;                 // flags
        le16(b, h + 10, version);
        le16(b, h + 12, platform);
        b[h + 14] = (byte) function;
        b[h + 15] = (byte) index;
        b[h + 16] = (byte) dep1[0];
        b[h + 17] = (byte) dep1[1];
        le16(b, h + 18, dep1[2]);
        b[h + 20] = (byte) dep2[0];
        b[h + 21] = (byte) dep2[1];
        le16(b, h + 22, dep2[2]);
        return b;
    }

    private static void le32(byte[] b, int at, int v) {
        le16(b, at, v);
        le16(b, at + 2, v >>> 16);
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    @Test
    void systemPart2OfRelease152IsFoundAfterItsVectorTable() {
        byte[] bytes = slot(0x2002_0000, 0x184, 0x0806_0000, 0x0809_E9A4, 1512, 8, 4, 2,
                new int[] {4, 1, 1512}, new int[] {2, 0, 400});

        ModuleInfo m = ModuleSlot.SYSTEM_PART2.locate(bytes).orElseThrow();

        assertThat(m.headerAddress()).isEqualTo(0x0806_0184L);
        assertThat(m.startAddress()).isEqualTo(0x0806_0000L);
        assertThat(m.endAddress()).isEqualTo(0x0809_E9A4L);
        assertThat(m.version()).isEqualTo(1512);
        assertThat(m.platformId()).isEqualTo(8);
        assertThat(m.function()).isEqualTo(ModuleFunction.SYSTEM_PART);
        assertThat(m.index()).isEqualTo(2);
        assertThat(m.dependency()).isEqualTo(new ModuleDependency(ModuleFunction.SYSTEM_PART, 1, 1512));
        assertThat(m.dependency2()).isEqualTo(new ModuleDependency(ModuleFunction.BOOTLOADER, 0, 400));
        assertThat(SystemModuleVersions.release(m.version())).contains("1.5.2");
    }

    @Test
    void theUserPartHasItsHeaderAtItsFirstByte() {
        // module_start_address 0x080A0000 is the first word: masked with 0x2FF10000 it is no stack pointer
        byte[] bytes = slot(0x080A_0000, 0, 0x080A_0000, 0x080A_4F10, 6, 6, 5, 1,
                new int[] {4, 2, 1512}, new int[] {0, 0, 0});

        ModuleInfo m = ModuleSlot.USER_PART.locate(bytes).orElseThrow();

        assertThat(m.headerAddress()).isEqualTo(0x080A_0000L);
        assertThat(m.function()).isEqualTo(ModuleFunction.USER_PART);
        assertThat(m.platformId()).isEqualTo(6);
        assertThat(m.dependency2().none()).isTrue();
    }

    @Test
    void anErasedAreaIsNoModuleAndNoError() {
        byte[] erased = new byte[ModuleSlot.READ_LENGTH];
        Arrays.fill(erased, (byte) 0xFF);
        for (ModuleSlot s : ModuleSlot.values()) {
            assertThat(s.locate(erased)).as("%s", s).isEmpty();
        }
        assertThat(InstalledFirmware.read(s -> erased).modules()).isEmpty();
    }

    @Test
    void randomBytesAreNoModule() {
        Random random = new Random(3);
        byte[] bytes = new byte[ModuleSlot.READ_LENGTH];
        for (int i = 0; i < 1000; i++) {
            random.nextBytes(bytes);
            for (ModuleSlot s : ModuleSlot.values()) {
                assertThat(s.locate(bytes)).isEmpty();
            }
        }
    }

    @Test
    void aHeaderThatNamesAnotherSlotOrRunsPastItsOwnDoesNotCount() {
        byte[] part1InPart2 = slot(0x2002_0000, 0x184, 0x0806_0000, 0x0809_0000, 1512, 8, 4, 1,
                new int[] {0, 0, 0}, new int[] {0, 0, 0});
        assertThat(ModuleSlot.SYSTEM_PART2.locate(part1InPart2)).isEmpty();
        byte[] tooLong = slot(0x2002_0000, 0x184, 0x0806_0000, 0x080A_0004, 1512, 8, 4, 2,
                new int[] {0, 0, 0}, new int[] {0, 0, 0});
        assertThat(ModuleSlot.SYSTEM_PART2.locate(tooLong)).isEmpty();
        byte[] noVectorTable = slot(0x0806_0000, 0x184, 0x0806_0000, 0x0809_0000, 1512, 8, 4, 2,
                new int[] {0, 0, 0}, new int[] {0, 0, 0});
        assertThat(ModuleSlot.SYSTEM_PART2.locate(noVectorTable)).as("the firmware looks at +0 then").isEmpty();
    }

    @Test
    void encodeWritesTheSameBytesTheDocumentedLayoutHas() {
        byte[] bytes = slot(0x2002_0000, 0x184, 0x0802_0000, 0x0805_0000, 1406, 8, 4, 1,
                new int[] {4, 2, 207}, new int[] {0, 0, 0});
        ModuleInfo m = ModuleSlot.SYSTEM_PART1.locate(bytes).orElseThrow();
        assertThat(m.encode()).isEqualTo(Arrays.copyOfRange(bytes, 0x184, 0x184 + ModuleInfo.SIZE));
    }

    @Test
    void theSlotsAreTheDocumentedPhotonP1Map() {
        assertThat(ModuleSlot.SYSTEM_PART1.start()).isEqualTo(0x0802_0000L);
        assertThat(ModuleSlot.SYSTEM_PART2.start()).isEqualTo(0x0806_0000L);
        assertThat(ModuleSlot.USER_PART.start()).isEqualTo(0x080A_0000L);
        assertThat(ModuleSlot.USER_PART.end()).isEqualTo(0x080C_0000L);
        assertThat(ModuleSlot.READ_LENGTH).isEqualTo(0x184 + 24);
    }
}

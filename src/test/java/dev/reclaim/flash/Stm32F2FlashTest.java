package dev.reclaim.flash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The exact register conversation of the reference §C.2 procedures, against a scripted controller. */
class Stm32F2FlashTest {
    private static final int LOCK = 0x8000_0000;
    private static final int BSY = 0x1_0000;
    private static final long MS = 1_000_000L;

    private final RecordingMemory memory = new RecordingMemory();
    private final VirtualClock clock = new VirtualClock();

    private Stm32F2Flash flash(Stm32F2Flash.Width width) {
        return new Stm32F2Flash(memory, width, clock);
    }

    @Test
    void unlockWritesKey1ThenKey2AndChecksLock() throws IOException {
        memory.answer(F2FlashRegisters.CR, LOCK, 0);

        flash(Stm32F2Flash.Width.X32).unlock();

        assertThat(memory.log()).containsExactly("R 40023C10", "W 40023C04 45670123", "W 40023C04 CDEF89AB",
                "R 40023C10");
    }

    @Test
    void anUnlockedControllerIsLeftAlone() throws IOException {
        memory.answer(F2FlashRegisters.CR, 0);

        flash(Stm32F2Flash.Width.X32).unlock();

        assertThat(memory.log()).containsExactly("R 40023C10");
    }

    @Test
    void aControllerThatStaysLockedNeedsAReset() {
        memory.answer(F2FlashRegisters.CR, LOCK);

        assertThatThrownBy(() -> flash(Stm32F2Flash.Width.X32).unlock())
                .isInstanceOf(FlashControllerException.class).hasMessageContaining("reset or power-cycle");
    }

    @Test
    void sectorEraseSetsSerSnbAndPsizeThenStartsAndPolls() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0, BSY, BSY, 0, 0);

        flash(Stm32F2Flash.Width.X32).eraseSector(Stm32F2.sector(1));

        assertThat(memory.log()).containsExactly(
                "R 40023C0C",               // idle before starting
                "W 40023C0C 000000F3",      // clear stale EOP and error bits
                "W 40023C10 0000020A",      // SER | SNB=1 | PSIZE=x32
                "W 40023C10 0001020A",      // … | STRT
                "R 40023C0C", "R 40023C0C", "R 40023C0C", // BSY, BSY, done
                "R 40023C0C",               // error check
                "W 40023C10 00000000");
        // 3/4 of the typical 250 ms, then polls at 1/64 of it.
        assertThat(clock.sleeps()).containsExactly(187_500_000L, 3_906_250L, 3_906_250L);
    }

    @Test
    void sectorNumberGoesIntoSnb() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0);

        flash(Stm32F2Flash.Width.X8).eraseSector(Stm32F2.sector(11));

        assertThat(memory.log()).contains("W 40023C10 0000005A", "W 40023C10 0001005A");
        assertThat(clock.sleeps().get(0)).isEqualTo(1500 * MS); // 3/4 of 2 s typical at x8
    }

    @Test
    void aWriteProtectedSectorFailsWithWrperrInWordsAndRelocks() {
        memory.answer(F2FlashRegisters.SR, 0, 0, 0x10);

        assertThatThrownBy(() -> flash(Stm32F2Flash.Width.X32).eraseSector(Stm32F2.sector(2)))
                .isInstanceOf(FlashControllerException.class)
                .hasMessage("Could not erase sector 2 (0x08008000, 16 KiB): WRPERR, the sector is write-protected (its nWRP option bit is"
                        + " 0).");
        assertThat(memory.log()).endsWith("W 40023C10 80000000");
    }

    @Test
    void aControllerThatStaysBusyTimesOutAtTheDatasheetMaximum() {
        memory.answer(F2FlashRegisters.SR, 0, BSY);

        assertThatThrownBy(() -> flash(Stm32F2Flash.Width.X32).eraseSector(Stm32F2.sector(1)))
                .isInstanceOf(FlashControllerException.class).hasMessageContaining("stayed busy for 500 ms");
        assertThat(clock.nanoTime()).isBetween(687 * MS, 700 * MS);
        assertThat(memory.log()).endsWith("W 40023C10 80000000");
    }

    @Test
    void programmingStreamsWordsWithPgAndPsizeX32() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0);
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};

        flash(Stm32F2Flash.Width.X32).program(0x0800_4000L, data);

        assertThat(memory.log()).containsExactly("R 40023C0C", "W 40023C0C 000000F3", "W 40023C10 00000201",
                "WORDS 08004000 0102030405060708", "R 40023C0C", "R 40023C0C", "W 40023C10 00000000");
    }

    @Test
    void longDataStreamsInFourKibBlocksUnderOnePgSettingAndReportsProgress() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0);
        java.util.List<Integer> progress = new java.util.ArrayList<>();

        flash(Stm32F2Flash.Width.X32).program(0x0800_4000L, new byte[10_000], progress::add);

        assertThat(memory.log().stream().filter(l -> l.startsWith("W 40023C10 00000201"))).hasSize(1);
        assertThat(memory.log().stream().filter(l -> l.startsWith("WORDS")).map(l -> l.substring(0, 14)))
                .containsExactly("WORDS 08004000", "WORDS 08005000", "WORDS 08006000");
        assertThat(memory.log().stream().filter(l -> l.startsWith("WORDS") || l.equals("R 40023C0C"))
                .map(l -> l.substring(0, 5)).toList()).as("BSY polled once per block")
                .containsSubsequence("R 400", "WORDS", "R 400", "WORDS", "R 400", "WORDS", "R 400");
        assertThat(progress).containsExactly(4096, 8192, 10_000);
    }

    @Test
    void unalignedEndsAreProgrammedAByteAtATimeWithPsizeX8() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0);
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9};

        flash(Stm32F2Flash.Width.X32).program(0x0800_4001L, data);

        // BSY is polled before every PSIZE switch (RM0033 step 1), not only at the start.
        assertThat(memory.log()).containsSubsequence("W 40023C10 00000001", "BYTES 08004001 010203",
                "R 40023C0C", "W 40023C10 00000201", "WORDS 08004004 04050607",
                "R 40023C0C", "W 40023C10 00000001", "BYTES 08004008 0809");
    }

    @Test
    void atLowSupplyEverythingGoesByteWise() throws IOException {
        memory.answer(F2FlashRegisters.SR, 0);

        flash(Stm32F2Flash.Width.X8).program(0x0800_4000L, new byte[] {1, 2, 3, 4});

        assertThat(memory.log()).contains("W 40023C10 00000001", "BYTES 08004000 01020304")
                .noneMatch(l -> l.startsWith("WORDS"));
    }

    @Test
    void programmingErrorsAreNamed() {
        memory.answer(F2FlashRegisters.SR, 0, 0, 0xE0);

        assertThatThrownBy(() -> flash(Stm32F2Flash.Width.X32).program(0x0800_4000L, new byte[4]))
                .isInstanceOf(FlashControllerException.class)
                .hasMessageContaining("PGSERR").hasMessageContaining("PGPERR").hasMessageContaining("PGAERR")
                .satisfies(e -> assertThat(((FlashControllerException) e).status()).isEqualTo(0xE0));
    }

    @Test
    void widthFollowsTheMeasuredSupply() {
        assertThat(Stm32F2Flash.Width.forSupply(OptionalInt.of(3300))).isEqualTo(Stm32F2Flash.Width.X32);
        assertThat(Stm32F2Flash.Width.forSupply(OptionalInt.of(2700))).isEqualTo(Stm32F2Flash.Width.X32);
        assertThat(Stm32F2Flash.Width.forSupply(OptionalInt.of(2500))).isEqualTo(Stm32F2Flash.Width.X8);
        assertThat(Stm32F2Flash.Width.forSupply(OptionalInt.empty())).isEqualTo(Stm32F2Flash.Width.X8);
    }

    @Test
    void lockSetsTheLockBit() throws IOException {
        flash(Stm32F2Flash.Width.X32).lock();

        assertThat(memory.log()).containsExactly("W 40023C10 80000000");
    }
}

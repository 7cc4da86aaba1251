package dev.reclaim.dct;

import static dev.reclaim.dct.DctGeneration.LEGACY;
import static dev.reclaim.dct.DctGeneration.VERSIONED;
import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.legacy;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Copy selection under both firmware rules, one test per rule and tie-break of reference §1.5. */
class CopySelectorTest {

    private static int current(byte[] image, DctGeneration rule) {
        return CopySelector.select(image, rule).current();
    }

    @Test
    void bothBlankSelectsNothingUnderEitherRule() {
        byte[] img = image(blank(), blank());
        Selection s = CopySelector.select(img, VERSIONED);
        assertThat(s.hasCurrent()).isFalse();
        assertThat(s.copies()).extracting(CopyReport::valid).containsExactly(false, false);
        assertThat(s.copies()).extracting(CopyReport::generation).containsOnlyNulls();
        assertThat(s.copies().get(0).note()).contains("blank");
        assertThat(current(img, LEGACY)).isZero();
    }

    @Test
    void onlyValidCopyIsSelected() {
        assertThat(current(image(versioned(3), blank()), VERSIONED)).isEqualTo(1);
        assertThat(current(image(blank(), versioned(3)), VERSIONED)).isEqualTo(2);
        assertThat(current(image(blank(), legacy()), LEGACY)).isEqualTo(2);
    }

    @Test
    void versionedCopyBeatsLegacyCopyWhateverItsSequenceOrCrc() {
        assertThat(current(image(legacy(), versioned(1)), VERSIONED)).isEqualTo(2);
        assertThat(current(image(versioned(1).badCrc(), legacy()), VERSIONED)).isEqualTo(1);
    }

    @Test
    void higherSequenceWins() {
        assertThat(current(image(versioned(5), versioned(6)), VERSIONED)).isEqualTo(2);
        assertThat(current(image(versioned(7), versioned(6)), VERSIONED)).isEqualTo(1);
        Selection s = CopySelector.select(image(versioned(5), versioned(6)), VERSIONED);
        assertThat(s.reason()).contains("higher sequence").contains("6");
        assertThat(s.copies()).extracting(CopyReport::sequence).containsExactly(5, 6);
        assertThat(s.copies()).extracting(CopyReport::crcOk).containsExactly(true, true);
    }

    @Test
    void sequenceComparisonDoesNotWrapAround() {
        // a u8 sequence of 0 after 255 loses to 255 as long as the old copy's CRC still holds
        assertThat(current(image(versioned(255), versioned(0)), VERSIONED)).isEqualTo(1);
    }

    @Test
    void equalSequencesSelectDct1() {
        assertThat(current(image(versioned(4), versioned(4)), VERSIONED)).isEqualTo(1);
        assertThat(current(image(legacy(), legacy()), VERSIONED)).isEqualTo(1);
    }

    @Test
    void initialWriteWithZeroCrcWinsAndDct2IsLookedAtFirst() {
        // initial_write counts only in the "initial_write 1, crc32 0" form the firmware accepts unchecked
        assertThat(current(image(versioned(9), versioned(1).initialWrite(1).crc(0)), VERSIONED)).isEqualTo(2);
        assertThat(current(image(versioned(1).initialWrite(1).crc(0), versioned(9)), VERSIONED)).isEqualTo(1);
        assertThat(current(image(versioned(9).initialWrite(1).crc(0), versioned(1).initialWrite(1).crc(0)), VERSIONED))
                .isEqualTo(2);
        // 255 is the "bad CRC" marker and 0 the normal value: neither counts as an initial write
        assertThat(current(image(versioned(9), versioned(1).initialWrite(255)), VERSIONED)).isEqualTo(1);
    }

    @Test
    void storedInitialWriteDoesNotCountWhenTheCrcMatches() {
        // reference §0 (was the opposite here before): with a matching CRC the firmware uses the local struct it
        // zeroed initial_write in, so DCT1 sequence 5 with a stored initial_write 1 loses to DCT2 sequence 6
        byte[] img = image(versioned(5).initialWrite(1), versioned(6));
        Selection s = CopySelector.select(img, VERSIONED);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.reason()).contains("higher sequence");
        assertThat(s.copy(1).crcOk()).isTrue();
        assertThat(s.copy(1).initialWrite()).isEqualTo(1);
        assertThat(s.copy(1).note()).contains("does not count");
        assertThat(current(image(versioned(9), versioned(1).initialWrite(2)), VERSIONED)).isEqualTo(1);
        assertThat(current(image(versioned(4).initialWrite(7), versioned(4)), VERSIONED)).isEqualTo(1);
    }

    @Test
    void initialWriteWithZeroCrcIsAcceptedUnchecked() {
        byte[] img = image(versioned(3), versioned(1).initialWrite(1).crc(0));
        Selection s = CopySelector.select(img, VERSIONED);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.copy(2).crcOk()).isNull();
        assertThat(s.copy(2).valid()).isTrue();
    }

    @Test
    void badCrcRanksBelowAnyGoodSequence() {
        assertThat(current(image(versioned(200).badCrc(), versioned(1)), VERSIONED)).isEqualTo(2);
        Selection s = CopySelector.select(image(versioned(200).badCrc(), versioned(1)), VERSIONED);
        assertThat(s.copy(1).crcOk()).isFalse();
        assertThat(s.copy(1).valid()).isTrue(); // still a candidate, ranked with sequence −1
        assertThat(s.copy(1).retired()).isFalse();
    }

    @Test
    void bothCrcsBadFallsBackToIsCurrentOfDct1() {
        assertThat(current(image(versioned(1).badCrc(), versioned(2).badCrc()), VERSIONED)).isEqualTo(1);
        assertThat(current(image(versioned(1).badCrc().isCurrent(0), versioned(2).badCrc()), VERSIONED)).isEqualTo(2);
    }

    @Test
    void retiredOldCopyIsRecognised() {
        Selection s = CopySelector.select(image(versioned(5).retired(), versioned(6)), VERSIONED);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.copy(1).crcOk()).isFalse();
        assertThat(s.copy(1).retired()).isTrue();
        assertThat(s.copy(1).note()).contains("retired");
        assertThat(s.copy(2).retired()).isFalse();
    }

    @Test
    void incompleteWriteAndBadHeaderAreInvalid() {
        assertThat(current(image(versioned(9).writeIncomplete(1), versioned(2)), VERSIONED)).isEqualTo(2);
        Selection s = CopySelector.select(image(versioned(9).writeIncomplete(1), blank()), VERSIONED);
        assertThat(s.hasCurrent()).isFalse();
        assertThat(s.copy(1).note()).contains("write_incomplete");
        assertThat(s.copy(1).generation()).isEqualTo(VERSIONED);
    }

    @Test
    void inconsistentHeaderSizesFailOnlyTheVersionedRule() {
        byte[] img = image(versioned(4).sizes(10, 20), blank());
        assertThat(current(img, VERSIONED)).isZero();
        assertThat(current(img, LEGACY)).isEqualTo(1);
    }

    @Test
    void legacyRuleTakesFirstCompleteCurrentCopyWithoutCrc() {
        assertThat(current(image(legacy(), legacy()), LEGACY)).isEqualTo(1);
        assertThat(current(image(legacy().isCurrent(0), legacy()), LEGACY)).isEqualTo(2);
        assertThat(current(image(versioned(1).badCrc(), versioned(9)), LEGACY)).isEqualTo(1);
        assertThat(current(image(legacy().writeIncomplete(1), legacy()), LEGACY)).isEqualTo(2);
        assertThat(current(image(legacy().isCurrent(2), legacy().isCurrent(0)), LEGACY)).isZero();
    }

    @Test
    void rulesDisagreeOnAnOldCopyStillMarkedCurrent() {
        // DCT1 keeps is_current = 1 with a valid CRC while DCT2 is newer: 0.7 takes DCT2, 0.6 takes DCT1
        byte[] img = image(versioned(1), versioned(2));
        assertThat(current(img, VERSIONED)).isEqualTo(2);
        assertThat(current(img, LEGACY)).isEqualTo(1);
    }

    @Test
    void legacyCopyReportsNoCrcAndNoSequence() {
        CopyReport r = CopySelector.select(image(legacy(), blank()), VERSIONED).copy(1);
        assertThat(r.generation()).isEqualTo(LEGACY);
        assertThat(r.crcOk()).isNull();
        assertThat(r.sequence()).isNull();
        assertThat(r.note()).contains("legacy");
    }

    @Test
    void singleSectorIsCopyOne() {
        Selection s = CopySelector.selectSingle(versioned(3).build(), VERSIONED);
        assertThat(s.current()).isEqualTo(1);
        assertThat(CopySelector.selectSingle(blank().build(), VERSIONED).hasCurrent()).isFalse();
        assertThat(CopySelector.selectSingle(versioned(3).isCurrent(0).build(), LEGACY).hasCurrent()).isFalse();
    }
}

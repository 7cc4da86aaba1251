package dev.reclaim.dct.write;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.legacy;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctWriterTest {
    private static final int SECTOR = 0x4000;
    private final DctEdits edits = DctEdits.photonP1();

    private List<DctEdit> setServer() throws InvalidValueException {
        return List.of(edits.parse("server_address", "cloud.example.com:5683"));
    }

    private static byte[] app(byte[] image, int copy) {
        int from = (copy - 1) * SECTOR + TestDcts.APP;
        return Arrays.copyOfRange(image, from, from + TestDcts.APP_SIZE);
    }

    @Test
    void planHasTheFirmwareStepsInOrder() throws Exception {
        byte[] before = image(versioned(5).healthy(), versioned(4).retired().healthy());
        DctWritePlan plan = DctWriter.plan(before, setServer());
        assertThat(plan.sourceCopy()).isEqualTo(1);
        assertThat(plan.targetCopy()).isEqualTo(2);
        assertThat(plan.newSequence()).isEqualTo(6);
        List<FlashStep> steps = plan.steps();
        assertThat(steps).hasSize(7);
        assertThat(steps.get(0)).isEqualTo(new FlashStep.Erase(2, steps.get(0).description()));
        assertThat(steps.get(0).address()).isEqualTo(0x08008000L);
        assertThat(steps).extracting(FlashStep::imageOffset)
                .containsExactly(SECTOR, SECTOR + 388, SECTOR, SECTOR + 0x3FF0, SECTOR + 8, 9, 0x3FFC);
        assertThat(steps).extracting(FlashStep::length).containsExactly(SECTOR, 0x3FF0 - 388, 388, 16, 1, 1, 1);
        FlashStep.Program header = (FlashStep.Program) steps.get(2);
        assertThat(header.bytes()[8]).isEqualTo((byte) 1); // write_incomplete while the rest is written
        assertThat(header.bytes()[9]).isEqualTo((byte) 1);
        assertThat(((FlashStep.Program) steps.get(4)).bytes()).containsExactly(0);
        assertThat(((FlashStep.Program) steps.get(5)).bytes()).containsExactly(0);
        assertThat(((FlashStep.Program) steps.get(6)).bytes()).containsExactly(0);
        assertThat(steps).allSatisfy(s -> assertThat(s.description()).isNotBlank());
        assertThat(plan.describe()).contains("erase").contains("0x08008000").contains("sequence 6");
    }

    @Test
    void newCopyIsSelectedByBothRulesAndKeepsEveryUntouchedByte() throws Exception {
        byte[] before = image(versioned(5).healthy(), versioned(4).retired().healthy());
        byte[] after = DctWriter.plan(before, setServer()).expectedImage();
        for (DctGeneration g : DctGeneration.values()) {
            assertThat(CopySelector.select(after, g).current()).as(g.name()).isEqualTo(2);
        }
        Selection s = CopySelector.select(after, DctGeneration.VERSIONED);
        assertThat(s.copy(2).crcOk()).isTrue();
        assertThat(s.copy(2).sequence()).isEqualTo(6);
        assertThat(s.copy(1).retired()).isTrue();
        byte[] expectedApp = TestDcts.healthyApp();
        TestDcts.put(expectedApp, TestDcts.SERVER_ADDRESS, ServerAddress.parse("cloud.example.com:5683").encode());
        assertThat(app(after, 2)).isEqualTo(expectedApp);
        // every byte of the new sector outside header flags, version struct and the edit equals the old copy's
        for (int i = 0; i < SECTOR; i++) {
            boolean flag = i == 8 || i == 9 || i == 10;
            boolean version = i >= 0x3FF0;
            boolean edited = i >= TestDcts.APP + TestDcts.SERVER_ADDRESS && i < TestDcts.APP + TestDcts.SERVER_ADDRESS + 128;
            if (!flag && !version && !edited) {
                assertThat(after[SECTOR + i]).as("sector offset 0x%x", i).isEqualTo(before[i]);
            }
        }
        // the old copy changes only in is_current_dct and initial_write
        for (int i = 0; i < SECTOR; i++) {
            if (i != 9 && i != 0x3FFC) {
                assertThat(after[i]).as("old copy offset 0x%x", i).isEqualTo(before[i]);
            }
        }
        assertThat(after[9]).isZero();
    }

    @Test
    void writesIntoDct1WhenDct2IsCurrentAndSequenceWrapsAround() throws Exception {
        byte[] before = image(versioned(254).retired().healthy(), versioned(255).healthy());
        DctWritePlan plan = DctWriter.plan(before, setServer());
        assertThat(plan.targetCopy()).isEqualTo(1);
        assertThat(plan.newSequence()).isZero();
        assertThat(CopySelector.select(plan.expectedImage(), DctGeneration.VERSIONED).current()).isEqualTo(1);
    }

    @Test
    void fromALegacyCopyTheNewCopyGetsAVersionStruct() throws Exception {
        byte[] before = image(legacy().healthy(), blank());
        DctWritePlan plan = DctWriter.plan(before, setServer());
        assertThat(plan.newSequence()).isEqualTo(1);
        Selection s = CopySelector.select(plan.expectedImage(), DctGeneration.VERSIONED);
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.copy(2).generation()).isEqualTo(DctGeneration.VERSIONED);
        assertThat(CopySelector.select(plan.expectedImage(), DctGeneration.LEGACY).current()).isEqualTo(2);
    }

    @Test
    void blankImageGetsAFreshCopyInDct1() throws Exception {
        byte[] before = image(blank(), blank());
        DctWritePlan plan = DctWriter.plan(before, List.of(edits.parse("device_id", "0123456789abcdef01234567")));
        assertThat(plan.sourceCopy()).isZero();
        assertThat(plan.targetCopy()).isEqualTo(1);
        assertThat(plan.steps()).hasSize(5);
        byte[] after = plan.expectedImage();
        assertThat(CopySelector.select(after, DctGeneration.VERSIONED).current()).isEqualTo(1);
        assertThat(Arrays.copyOfRange(after, SECTOR, 2 * SECTOR)).containsOnly((byte) 0xFF); // DCT2 untouched
        byte[] expectedApp = TestDcts.blankApp();
        TestDcts.put(expectedApp, TestDcts.DEVICE_ID, java.util.HexFormat.of().parseHex("0123456789abcdef01234567"));
        assertThat(app(after, 1)).isEqualTo(expectedApp);
    }

    @Test
    void editsThatChangeNothingGiveAnEmptyPlan() throws Exception {
        byte[] before = image(versioned(5).healthy(), blank());
        DctWritePlan plan = DctWriter.plan(before, List.of(edits.parse("server_address", "device.spark.io")));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.expectedImage()).isEqualTo(before);
        assertThat(plan.describe()).contains("nothing to write");
    }

    @Test
    void applyRefusesToSetBitsAndSaysWhere() throws Exception {
        byte[] before = image(versioned(5).healthy(), blank());
        DctWritePlan plan = DctWriter.plan(before, setServer());
        byte[] notErasedTarget = before.clone();
        notErasedTarget[SECTOR + 0x3FF0] = 0; // the plan's erase covers this: still fine
        assertThat(plan.apply(notErasedTarget)).isEqualTo(plan.expectedImage());
        byte[] oldCopyChanged = before.clone();
        oldCopyChanged[0x3FFC] = 0;
        assertThat(plan.apply(oldCopyChanged)).isEqualTo(plan.expectedImage()); // programming 0 over 0 is allowed
        FlashStep.Program program = (FlashStep.Program) plan.steps().get(1);
        byte[] zeros = new byte[2 * SECTOR];
        assertThatThrownBy(() -> program.applyTo(zeros)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("would have to set bits").hasMessageContaining("0x08008184");
        assertThat(zeros).containsOnly(0); // nothing changed
    }

    @Test
    void singleSectorAndAppDctKeepTheirFormat() throws Exception {
        DctImage sector = DctImage.ofSingleSector(versioned(5).healthy().build());
        DctWriter.Edited e = DctWriter.edit(sector, setServer());
        assertThat(e.plan()).isEmpty();
        assertThat(e.image().format()).isEqualTo(sector.format());
        Selection s = e.image().select(DctGeneration.VERSIONED);
        assertThat(s.copy(1).sequence()).isEqualTo(6);
        assertThat(s.copy(1).crcOk()).isTrue();

        DctImage appOnly = DctImage.ofAppDct(Arrays.copyOf(TestDcts.healthyApp(), 4258));
        byte[] edited = DctWriter.edit(appOnly, setServer()).image().bytes();
        assertThat(edited).hasSize(4258);
        assertThat(ServerAddress.decode(Arrays.copyOfRange(edited, 2466, 2594)).host()).isEqualTo("cloud.example.com");
        assertThatThrownBy(() -> DctWriter.edit(appOnly, List.of(edits.parse("power_config", "hex:00..."))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("past the end of this 4258-byte dump");
        assertThatThrownBy(() -> DctWriter.edit(DctImage.ofSingleSector(blank().build()), setServer()))
                .hasMessageContaining("no valid DCT copy");
    }

    @Test
    void newImagesInEitherGenerationsFormat() {
        dev.reclaim.dct.AppDct app = new dev.reclaim.dct.AppDct(TestDcts.healthyApp());
        byte[] legacyImage = DctWriter.newImage(app, DctGeneration.LEGACY);
        byte[] versionedImage = DctWriter.newImage(app, DctGeneration.VERSIONED);
        for (DctGeneration rule : DctGeneration.values()) {
            assertThat(CopySelector.select(legacyImage, rule).current()).isEqualTo(1);
            assertThat(CopySelector.select(versionedImage, rule).current()).isEqualTo(1);
        }
        Selection legacySel = CopySelector.select(legacyImage, DctGeneration.VERSIONED);
        assertThat(legacySel.copy(1).generation()).isEqualTo(DctGeneration.LEGACY);
        Selection versionedSel = CopySelector.select(versionedImage, DctGeneration.VERSIONED);
        assertThat(versionedSel.copy(1).generation()).isEqualTo(DctGeneration.VERSIONED);
        assertThat(versionedSel.copy(1).crcOk()).isTrue();
        assertThat(versionedSel.copy(1).sequence()).isEqualTo(1);
        assertThat(app(legacyImage, 1)).isEqualTo(TestDcts.healthyApp());
        assertThat(app(versionedImage, 1)).isEqualTo(TestDcts.healthyApp());
        assertThat(Arrays.copyOfRange(legacyImage, SECTOR, 2 * SECTOR)).containsOnly((byte) 0xFF);
    }
}

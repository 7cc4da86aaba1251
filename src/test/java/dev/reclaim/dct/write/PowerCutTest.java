package dev.reclaim.dct.write;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.legacy;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.TestDcts;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cuts the power after every step of a write plan and after every byte of every program step, and shows that
 * both firmware rules then select the complete old application DCT or the complete new one — never a mix,
 * and never nothing where there was something.
 */
class PowerCutTest {
    private static final int SECTOR = 0x4000;

    static Stream<Arguments> startingPoints() {
        return Stream.of(
                Arguments.of("DCT1 current, DCT2 retired", image(versioned(5).healthy(), versioned(4).retired().healthy())),
                Arguments.of("DCT2 current", image(versioned(2).retired().healthy(), versioned(3).healthy())),
                Arguments.of("sequence about to wrap", image(versioned(255).healthy(), blank())),
                Arguments.of("old copy is an initial write", image(versioned(1).initialWrite(1).crc(0).healthy(), blank())),
                Arguments.of("legacy copy from firmware 0.6", image(legacy().healthy(), legacy().isCurrent(0).healthy())),
                Arguments.of("no valid copy", image(blank(), blank())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("startingPoints")
    void everyPrefixSelectsTheOldOrTheNewCopy(String name, byte[] before) throws Exception {
        List<DctEdit> edits = DctEdits.photonP1().parse(List.of("server_address=cloud.example.com:5683",
                "claim_code=" + "C".repeat(63), "device_private_key=blank"));
        DctWritePlan plan = DctWriter.plan(before, edits);
        assertThat(plan.isEmpty()).isFalse();
        byte[] newApp = app(plan.expectedImage(), plan.targetCopy());
        byte[] image = before.clone();
        int cuts = 0;
        for (FlashStep step : plan.steps()) {
            if (step instanceof FlashStep.Program p) {
                for (int n = 0; n < p.length(); n++) {
                    byte[] partial = image.clone();
                    p.applyTo(partial, n);
                    assertOldOrNew(partial, before, newApp, name + ", " + n + " bytes into \"" + p.description() + "\"");
                    cuts++;
                }
            }
            step.applyTo(image);
            assertOldOrNew(image, before, newApp, name + ", after \"" + step.description() + "\"");
            cuts++;
        }
        assertThat(image).isEqualTo(plan.expectedImage());
        assertThat(cuts).isGreaterThan(0x3FF0 - 388);
    }

    private static void assertOldOrNew(byte[] image, byte[] before, byte[] newApp, String where) {
        for (DctGeneration rule : DctGeneration.values()) {
            Selection old = CopySelector.select(before, rule);
            Selection now = CopySelector.select(image, rule);
            if (!now.hasCurrent()) {
                assertThat(old.hasCurrent()).as(where + ": " + rule + " lost the DCT").isFalse();
                continue;
            }
            byte[] selected = app(image, now.current());
            boolean isNew = Arrays.equals(selected, newApp);
            boolean isOld = old.hasCurrent() && Arrays.equals(selected, app(before, old.current()));
            assertThat(isNew || isOld).as(where + ": " + rule + " selects copy " + now.current()
                    + ", which is neither the old nor the new application DCT").isTrue();
        }
    }

    private static byte[] app(byte[] image, int copy) {
        int from = (copy - 1) * SECTOR + TestDcts.APP;
        return Arrays.copyOfRange(image, from, from + TestDcts.APP_SIZE);
    }
}

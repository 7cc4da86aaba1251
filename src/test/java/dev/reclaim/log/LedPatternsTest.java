package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status-LED table (led-patterns.json): loaded and checked against its own samples, and read per generation. */
class LedPatternsTest {
    private final LedPatterns leds = LedPatterns.standard();

    @Test
    void oneOrangeIsADecryptionErrorOnlyUpTo15() {
        Finding old = only(leds.diagnose("blinking-cyan-1-orange", VersionRange.parse("1.5")));
        assertThat(old.title()).contains("DECRYPTION_ERROR 6");
        assertThat(old.wizard()).contains(WizardId.fromId("recover-keys"));

        Finding modern = only(leds.diagnose("blinking-cyan-1-orange", VersionRange.parse("2.3")));
        assertThat(modern.severity()).isEqualTo(Severity.WARNING);
        assertThat(modern.cause()).contains("2.x");
        assertThat(modern.wizard()).isEmpty();
    }

    @Test
    void aSingleRedIsAlwaysAHandshakeFailureAndTwoVersusThreeOrangeSplitNetworkFromCloud() {
        for (String v : List.of("0.6", "1.2", "2.1")) {
            assertThat(only(leds.diagnose("blinking-cyan-1-red", VersionRange.parse(v))).title())
                    .isEqualTo("Handshake failed");
        }
        assertThat(only(leds.diagnose("blinking-cyan-2-orange", VersionRange.parse("0.6"))).cause())
                .contains("not the keys");
        assertThat(only(leds.diagnose("blinking-cyan-3-orange", VersionRange.parse("0.6"))).wizard())
                .contains(WizardId.fromId("set-server"));
    }

    @Test
    void whiteAtBootIsABlankKeyBeingRegenerated() {
        Finding f = only(leds.diagnose("blinking-white-boot", VersionRange.parse("0.7")));
        assertThat(f.cause()).contains("blank", "0xFF");
        assertThat(f.wizard()).contains(WizardId.fromId("recover-keys"));
    }

    @Test
    void withoutAFirmwareEveryGenerationsMeaningIsGivenAndNamed() {
        List<Finding> all = leds.diagnose("blinking-cyan-1-magenta", VersionRange.ANY);
        assertThat(all).hasSize(2);
        assertThat(all).extracting(Finding::cause).allSatisfy(c -> assertThat(c).startsWith("On Device OS "));
        assertThat(all).extracting(Finding::id).containsOnly("led_blinking_cyan_1_magenta");
    }

    @Test
    void aPatternThatDoesNotOccurOnThatFirmwareGivesNothing() {
        assertThat(leds.diagnose("flashing-green", VersionRange.parse("0.5"))).isEmpty();
    }

    @Test
    void anUnknownPatternNamesTheKnownOnes() {
        assertThatThrownBy(() -> leds.diagnose("purple-rain", VersionRange.ANY))
                .hasMessageContaining("purple-rain").hasMessageContaining("breathing-cyan");
    }

    @Test
    void everyPatternCoversSomeFirmwareAndEveryMeaningHasCauseAndFix() {
        assertThat(leds.all()).hasSizeGreaterThanOrEqualTo(12);
        for (LedPatterns.Pattern p : leds.all()) {
            assertThat(leds.diagnose(p.id(), VersionRange.ANY)).as(p.id()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.fix()).isNotBlank());
        }
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}

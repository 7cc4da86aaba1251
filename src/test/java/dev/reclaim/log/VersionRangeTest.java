package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionRangeTest {
    @Test
    void majorMinorBoundsMeanWholeReleaseLinesAsTheyAlwaysDid() {
        VersionRange r = VersionRange.parse("0.6-0.7");
        assertThat(r.overlaps(VersionRange.parse("0.6.0"))).isTrue();
        assertThat(r.overlaps(VersionRange.parse("0.7.5"))).isTrue();
        assertThat(r.overlaps(VersionRange.parse("0.8.0"))).isFalse();
        assertThat(r.overlaps(VersionRange.parse("0.5.9"))).isFalse();
        assertThat(r.describe()).isEqualTo("0.6.x to 0.7.x");
        assertThat(VersionRange.parse("0.6").describe()).isEqualTo("0.6.x");
        assertThat(VersionRange.parse("<=0.7").describe()).isEqualTo("0.7.x or earlier");
        assertThat(VersionRange.parse(">=0.8").describe()).isEqualTo("0.8.x or later");
        assertThat(VersionRange.parse("any")).isEqualTo(VersionRange.ANY);
    }

    @Test
    void patchBoundsSplitAReleaseLine() {
        // §0: the comm.sparkprotocol.handshake texts start at 0.6.1; 0.6.0 prints the typo texts.
        VersionRange modern = VersionRange.parse("0.6.1-1.5");
        assertThat(modern.overlaps(VersionRange.parse("0.6.0"))).isFalse();
        assertThat(modern.overlaps(VersionRange.parse("0.6.1"))).isTrue();
        assertThat(modern.overlaps(VersionRange.parse("1.5.4"))).isTrue();
        assertThat(modern.overlaps(VersionRange.parse("2.0.0"))).isFalse();
        assertThat(modern.describe()).isEqualTo("0.6.1 to 1.5.x");
        assertThat(VersionRange.parse("0.4.7-0.6.0").overlaps(VersionRange.parse("0.6"))).isTrue();
        assertThat(VersionRange.parse("0.4.7-0.6.0").describe()).isEqualTo("0.4.7 to 0.6.0");
        assertThat(VersionRange.parse("1.5.4").describe()).isEqualTo("1.5.4");
        assertThat(VersionRange.parse(">=1.5.4").describe()).isEqualTo("1.5.4 or later");
        assertThat(VersionRange.parse("0.6.1\u20131.5")).isEqualTo(modern);
    }

    @Test
    void patchesCompareNumerically() {
        assertThat(VersionRange.parse("0.6.10").overlaps(VersionRange.parse("0.6.2-0.6.9"))).isFalse();
        assertThat(VersionRange.parse("0.6.2-0.6.10").contains(VersionRange.parse("0.6.9"))).isTrue();
        assertThat(VersionRange.parse("0.6").contains(VersionRange.parse("0.6.4"))).isTrue();
        assertThat(VersionRange.parse("0.6.4").contains(VersionRange.parse("0.6"))).isFalse();
    }

    @Test
    void narrowingKeepsPatchPrecision() {
        VersionRange r = VersionRange.parse("0.6").narrow(VersionRange.parse("0.6.1-1.5"));
        assertThat(r).isEqualTo(VersionRange.parse("0.6.1-0.6"));
        assertThat(r.describe()).isEqualTo("0.6.1 to 0.6.x");
    }

    @Test
    void badVersionsSayWhatIsExpected() {
        for (String bad : new String[] {"1", "1.2.3.4", "a.b", "1.5.x", "1..2", "1.5.100"}) {
            assertThatThrownBy(() -> VersionRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> VersionRange.parse("1.5-0.6")).hasMessageContaining("empty version range");
    }

    @Test
    void finalCodeMinus230DatesTheFirmwareFrom11NotOnly2x() {
        Generation lightSsl = new Generation(Protocol.LIGHTSSL, VersionRange.parse("0.8-1.5"));
        VersionRange dated = FinalCodes.firmwareFor(-230, lightSsl);
        assertThat(dated).isEqualTo(VersionRange.parse(">=1.1"));
        assertThat(lightSsl.narrow(Protocol.UNKNOWN, dated).versions()).isEqualTo(VersionRange.parse("1.1-1.5"));
        assertThat(FinalCodes.firmwareFor(-220, lightSsl)).isEqualTo(VersionRange.parse(">=2.0"));
        assertThat(FinalCodes.firmwareFor(-230, new Generation(Protocol.SPARK_PROTOCOL, VersionRange.parse("0.6"))))
                .isEqualTo(VersionRange.parse("0.4-0.7"));
    }
}

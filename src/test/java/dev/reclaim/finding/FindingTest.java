package dev.reclaim.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void wizardAndSeverityIdsRoundTripAndUnknownOnesListTheKnown() {
        for (WizardId w : WizardId.values()) {
            assertThat(WizardId.fromId(w.id())).isSameAs(w);
            assertThat(w.command()).startsWith("reclaim ");
        }
        assertThat(Arrays.stream(WizardId.values()).map(WizardId::id))
                .containsExactly("recover-keys", "set-server", "claim-cycle", "backup-restore");
        assertThatThrownBy(() -> WizardId.fromId("recover")).hasMessageContaining("unknown wizard 'recover'")
                .hasMessageContaining("recover-keys");
        for (Severity s : Severity.values()) {
            assertThat(Severity.fromId(s.id())).isSameAs(s);
        }
        assertThatThrownBy(() -> Severity.fromId("ERROR")).hasMessageContaining("error, warning, info");
    }

    @Test
    void onlyErrorsAndWarningsAreProblems() {
        assertThat(Arrays.stream(Severity.values()).filter(Severity::isProblem))
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void theLocationAnswersForTheKindOfFindingItIs() {
        Finding dct = new Finding("device_private_key_blank", Severity.ERROR, "t", "c", "f",
                Optional.of(WizardId.RECOVER_KEYS), Location.Dct.field("device_private_key"));
        assertThat(dct.field()).contains("device_private_key");
        assertThat(dct.lines()).isEmpty();
        assertThat(dct.attempts()).isZero();

        Finding log = new Finding("cloud_closed_during_key_exchange", Severity.ERROR, "t", "c", "f", Optional.empty(),
                new Location.Log(List.of(12L, 13L), 2));
        assertThat(log.field()).isEmpty();
        assertThat(log.lines()).containsExactly(12L, 13L);
        assertThat(log.attempts()).isEqualTo(2);

        assertThat(new Finding("no_valid_copy", Severity.ERROR, "t", "c", "f", Optional.empty(), Location.Dct.image())
                .field()).isEmpty();
    }
}

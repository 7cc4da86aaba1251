package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.finding.WizardId;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiagnosisRulesTest {

    @Test
    void aRuleNamingAnUnknownWizardFailsTheLoadAndIsNamed() {
        assertThatThrownBy(() -> DiagnosisRules.load("rules-with-unknown-wizard.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule typo_in_wizard")
                .hasMessageContaining("unknown wizard 'recover-key'")
                .hasMessageContaining("recover-keys, set-server, claim-cycle, backup-restore");
    }

    @Test
    void aRuleWithAnUnknownKeyFailsTheLoadAndNamesTheKeyAndTheRule() {
        assertThatThrownBy(() -> DiagnosisRules.load("rules-with-unknown-key.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule typo_in_key")
                .hasMessageContaining("unknown key 'failedstage' in rules[1].when[0]")
                .hasMessageContaining("failedStage");
    }

    @Test
    void theStandardRulesNameTheirWizardsThroughTheEnum() {
        assertThat(DiagnosisRules.standard().byId("cloud_closed_during_key_exchange").wizard())
                .contains(WizardId.RECOVER_KEYS);
        assertThat(DiagnosisRules.standard().byId("server_address_blank").wizard()).contains(WizardId.SET_SERVER);
        assertThat(DiagnosisRules.standard().byId("handshake_completed").wizard()).isEmpty();
    }

    /** A fix text may only send the user to a wizard that exists; until then it names the commands. */
    @Test
    void noFixTextSendsTheUserToAWizardThatDoesNotExistYet() {
        for (DiagnosisRule rule : DiagnosisRules.standard().all()) {
            String fix = rule.fix().toLowerCase(Locale.ROOT);
            Arrays.stream(WizardId.values()).filter(w -> !w.available()).forEach(w -> assertThat(fix)
                    .as(rule.id()).doesNotContain(w.title().toLowerCase(Locale.ROOT) + " wizard"));
            if (rule.wizard().isPresent()) {
                assertThat(rule.fix()).as(rule.id() + " names the commands that do its wizard's job")
                        .contains("reclaim ");
            }
        }
    }
}

package dev.reclaim.log;

import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A rule of diagnosis-rules.json: it fires for an attempt when any of its conditions holds. */
public record DiagnosisRule(String id, String title, Severity severity, boolean fallback, List<RuleCondition> when,
                            String cause, String fix, Optional<WizardId> wizard) {

    /** True when every condition waits for the end of the attempt (then it need not be tried before). */
    boolean needsEnd() {
        return when.stream().allMatch(RuleCondition::needsEnd);
    }

    /** True when one of its conditions names a whole-log fact that holds ({@link LogFacts}). */
    boolean holdsForLog(Set<String> facts) {
        return when.stream().anyMatch(c -> c.logFact() != null && facts.contains(c.logFact()));
    }
}

package dev.reclaim.log;

import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /** True when one of its conditions holds for the attempt (it fires), without gathering the lines. */
    boolean fires(Attempt a) {
        for (int i = 0; i < when.size(); i++) { // per attempt snapshot: no iterator
            if (when.get(i).holds(a)) {
                return true;
            }
        }
        return false;
    }

    /** Supporting lines (union over the conditions that hold), or null when the rule does not fire. */
    List<Long> support(Attempt a) {
        Set<Long> lines = null;
        for (int i = 0; i < when.size(); i++) { // per attempt snapshot: no iterator
            List<Long> l = when.get(i).support(a);
            if (l != null) {
                if (lines == null) {
                    lines = new TreeSet<>();
                }
                lines.addAll(l);
            }
        }
        return lines == null ? null : List.copyOf(lines);
    }
}

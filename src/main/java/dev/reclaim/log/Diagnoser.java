package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Applies the rule table to each attempt snapshot. A rule fires at most once per attempt; its findings are merged by
 * id across attempts, and each new or grown diagnosis (a {@link Finding} located by its lines) is published. Bounded: lines are capped per diagnosis.
 */
final class Diagnoser {
    static final int MAX_LINES = 100;

    private final DiagnosisRules rules;
    private final Consumer<Finding> out;
    private final Map<String, Found> found = new LinkedHashMap<>();
    private int attemptNumber;
    private final Set<String> firedForAttempt = new HashSet<>();
    private boolean errorForAttempt;

    private static final class Found {
        final DiagnosisRule rule;
        final TreeSet<Long> lines = new TreeSet<>();
        /** The lines as last published; kept while they do not change (capped, they soon stop changing). */
        private List<Long> published;
        int attempts;

        Found(DiagnosisRule rule) {
            this.rule = rule;
        }

        void addLine(Long line) {
            if (lines.size() < MAX_LINES && lines.add(line)) {
                published = null;
            }
        }

        Finding snapshot() {
            if (published == null) {
                published = List.copyOf(lines);
            }
            return new Finding(rule.id(), rule.severity(), rule.title(), rule.cause(), rule.fix(), rule.wizard(),
                    new Location.Log(published, attempts));
        }
    }

    Diagnoser(DiagnosisRules rules, Consumer<Finding> out) {
        this.rules = rules;
        this.out = out;
    }

    void evaluate(Attempt a) {
        if (a.number() != attemptNumber) {
            attemptNumber = a.number();
            firedForAttempt.clear();
            errorForAttempt = false;
        }
        // Indexed loops: this runs for every attempt snapshot, and the quick compiler keeps each iterator on the heap.
        List<DiagnosisRule> tried = a.ended() ? rules.all() : rules.judgedEarly();
        for (int i = 0; i < tried.size(); i++) {
            DiagnosisRule rule = tried.get(i);
            if (!rule.fallback()) {
                tryRule(rule, a);
            }
        }
        if (a.ended() && !errorForAttempt) {
            List<DiagnosisRule> all = rules.all();
            for (int i = 0; i < all.size(); i++) {
                DiagnosisRule rule = all.get(i);
                if (rule.fallback()) {
                    tryRule(rule, a);
                }
            }
        }
    }

    /** The log ended: rules about the whole log fire on the facts that hold, supported by {@code lines}. */
    void endOfLog(Set<String> facts, List<Long> lines) {
        for (DiagnosisRule rule : rules.all()) {
            if (rule.holdsForLog(facts) && !found.containsKey(rule.id())) {
                Found f = new Found(rule);
                found.put(rule.id(), f);
                lines.forEach(f::addLine);
                out.accept(f.snapshot());
            }
        }
    }

    private void tryRule(DiagnosisRule rule, Attempt a) {
        if (firedForAttempt.contains(rule.id())) {
            return;
        }
        List<Long> lines = rule.support(a);
        if (lines == null) {
            return;
        }
        firedForAttempt.add(rule.id());
        errorForAttempt |= rule.severity() == Severity.ERROR;
        Found f = found.computeIfAbsent(rule.id(), id -> new Found(rule));
        f.attempts++;
        lines.forEach(f::addLine);
        out.accept(f.snapshot());
    }
}

package dev.reclaim.log;

import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rule table (diagnosis-rules.json), checked when loaded: unique ids, known stages, wizards and fields. */
public final class DiagnosisRules {
    private final List<DiagnosisRule> rules;
    private final List<DiagnosisRule> judgedEarly;

    private static final class Holder {
        static final DiagnosisRules STANDARD = load("diagnosis-rules.json");
    }

    DiagnosisRules(List<DiagnosisRule> rules) {
        this.rules = List.copyOf(rules);
        this.judgedEarly = rules.stream().filter(r -> !r.needsEnd()).toList();
    }

    public static DiagnosisRules standard() {
        return Holder.STANDARD;
    }

    public List<DiagnosisRule> all() {
        return rules;
    }

    /** The rules that can fire before an attempt has ended. */
    List<DiagnosisRule> judgedEarly() {
        return judgedEarly;
    }

    DiagnosisRule byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no diagnosis rule '" + id + "'"));
    }

    private record When(List<String> outcome, List<String> failedStage, List<Integer> code, List<String> protocol,
                        String firmware, String signal, String message, String log) {
    }

    private record Rule(String id, String title, String severity, Boolean fallback, List<When> when, String cause,
                        String fix, String wizard) {
    }

    private record Table(String about, List<Rule> rules) {
    }

    static DiagnosisRules load(String resource) {
        Table t = JsonResources.read(resource, Table.class);
        List<DiagnosisRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule r : t.rules()) {
            try {
                if (!ids.add(r.id())) {
                    throw new IllegalArgumentException("duplicate id");
                }
                if (r.when() == null || r.when().isEmpty() || r.cause() == null || r.fix() == null) {
                    throw new IllegalArgumentException("needs 'when', 'cause' and 'fix'");
                }
                List<RuleCondition> when = new ArrayList<>();
                for (When w : r.when()) {
                    when.add(new RuleCondition(set(w.outcome(), Outcome::fromId), set(w.failedStage(), Stage::fromId),
                            set(w.code(), Function.identity()), set(w.protocol(), Protocol::fromId),
                            w.firmware() == null ? null : VersionRange.parse(w.firmware()), w.signal(),
                            w.message() == null ? null : MessagePattern.compile(w.message()), logFact(w)));
                }
                if (r.title() == null || r.severity() == null) {
                    throw new IllegalArgumentException("needs 'title' and 'severity'");
                }
                Optional<WizardId> wizard = Optional.ofNullable(r.wizard()).map(WizardId::fromId);
                rules.add(new DiagnosisRule(r.id(), r.title(), Severity.fromId(r.severity()),
                        Boolean.TRUE.equals(r.fallback()), when, r.cause(), r.fix(), wizard));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(resource + ", rule " + r.id() + ": " + e.getMessage(), e);
            }
        }
        return new DiagnosisRules(rules);
    }

    /** A whole-log fact stands alone: it is judged once at the end of the log, not against an attempt. */
    private static String logFact(When w) {
        if (w.log() == null) {
            return null;
        }
        if (!LogFacts.ALL.contains(w.log())) {
            throw new IllegalArgumentException("unknown log fact '" + w.log() + "', known: " + LogFacts.ALL);
        }
        if (w.outcome() != null || w.failedStage() != null || w.code() != null || w.protocol() != null
                || w.firmware() != null || w.signal() != null || w.message() != null) {
            throw new IllegalArgumentException("'log' cannot be combined with attempt conditions");
        }
        return w.log();
    }

    private static <A, B> Set<B> set(List<A> values, Function<A, B> f) {
        if (values == null) {
            return null;
        }
        Set<B> s = new LinkedHashSet<>();
        values.forEach(v -> s.add(f.apply(v)));
        return s;
    }
}

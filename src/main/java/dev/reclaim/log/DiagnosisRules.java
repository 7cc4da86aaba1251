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
        List<DiagnosisRule> early = new ArrayList<>();
        for (DiagnosisRule r : rules) {
            if (!r.needsEnd()) {
                early.add(r);
            }
        }
        this.judgedEarly = List.copyOf(early);
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

    static DiagnosisRules load(String resource) {
        TableObject t = JsonResources.read(resource).allow("about", "rules");
        List<DiagnosisRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TableObject r : t.objects("rules")) {
            String id = r.string("id");
            try {
                r.allow("id", "title", "severity", "fallback", "when", "cause", "fix", "wizard");
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("duplicate id");
                }
                List<TableObject> whens = r.objects("when");
                if (whens == null || whens.isEmpty() || r.string("cause") == null || r.string("fix") == null) {
                    throw new IllegalArgumentException("needs 'when', 'cause' and 'fix'");
                }
                List<RuleCondition> when = new ArrayList<>();
                for (TableObject w : whens) {
                    w.allow("outcome", "failedStage", "code", "protocol", "firmware", "signal", "message", "log");
                    String firmware = w.string("firmware");
                    String message = w.string("message");
                    when.add(new RuleCondition(set(w.strings("outcome"), Outcome::fromId),
                            set(w.strings("failedStage"), Stage::fromId), set(w.integers("code"), Function.identity()),
                            set(w.strings("protocol"), Protocol::fromId),
                            firmware == null ? null : VersionRange.parse(firmware), w.string("signal"),
                            message == null ? null : MessagePattern.compile(message), logFact(w)));
                }
                if (r.string("title") == null || r.string("severity") == null) {
                    throw new IllegalArgumentException("needs 'title' and 'severity'");
                }
                Optional<WizardId> wizard = Optional.ofNullable(r.string("wizard")).map(WizardId::fromId);
                rules.add(new DiagnosisRule(id, r.string("title"), Severity.fromId(r.string("severity")),
                        Boolean.TRUE.equals(r.bool("fallback")), when, r.string("cause"), r.string("fix"), wizard));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(resource + ", rule " + id + ": " + e.getMessage(), e);
            }
        }
        return new DiagnosisRules(rules);
    }

    /** A whole-log fact stands alone: it is judged once at the end of the log, not against an attempt. */
    private static String logFact(TableObject w) {
        String log = w.string("log");
        if (log == null) {
            return null;
        }
        if (!LogFacts.ALL.contains(log)) {
            throw new IllegalArgumentException("unknown log fact '" + log + "', known: " + LogFacts.ALL);
        }
        for (String key : w.keys()) {
            if (!key.equals("log") && w.has(key)) {
                throw new IllegalArgumentException("'log' cannot be combined with attempt conditions");
            }
        }
        return log;
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

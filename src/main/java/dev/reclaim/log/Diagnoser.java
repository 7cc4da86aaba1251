package dev.reclaim.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Applies the rule table to each attempt snapshot. A rule fires at most once per attempt; its findings are merged by
 * id across attempts, and each new or grown diagnosis (a {@link Finding} located by its lines) is published. Bounded: lines are capped per diagnosis.
 */
final class Diagnoser {
    static final int MAX_LINES = 100;

    private final List<DiagnosisRule> rules;
    /** Indexes into {@link #rules}: all of them, and those that may fire before an attempt ended. */
    private final int[] all;
    private final int[] early;
    private final Consumer<Finding> out;
    /** Per rule (by index), its diagnosis so far, or null. Arrays: this is asked for every rule of every snapshot. */
    private final Found[] found;
    /** Per rule (by index): its conditions, and whether it is a fallback. */
    private final RuleCondition[][] when;
    private final boolean[] fallback;
    private int attemptNumber;
    private final boolean[] firedForAttempt;
    private boolean errorForAttempt;
    /** False only in tests, to show that skipping changes no diagnosis. */
    private final boolean skipUnchanged;
    /** What the early rules were last judged on for this attempt (its signal set is shared while unchanged). */
    private Generation judgedGeneration;
    private Set<String> judgedSignals;

    private static final class Found {
        final DiagnosisRule rule;
        final TreeSet<Long> lines = new TreeSet<>();
        /** The lines as last published; kept while they do not change (capped, they soon stop changing). */
        private List<Long> published;
        int attempts;
        /** {@code lines} holds all it may: a field, since this is asked for every rule of every snapshot. */
        private boolean full;

        Found(DiagnosisRule rule) {
            this.rule = rule;
        }

        /** True once it holds as many lines as it shows: further support need not be gathered. */
        boolean full() {
            return full;
        }

        void addLine(Long line) {
            if (!full && lines.add(line)) {
                published = null;
                full = lines.size() >= MAX_LINES;
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
        this(rules, out, true);
    }

    /** @param skipUnchanged false: judge every snapshot afresh (the reference that tests compare with) */
    Diagnoser(DiagnosisRules rules, Consumer<Finding> out, boolean skipUnchanged) {
        this.rules = rules.all();
        this.all = IntStream.range(0, this.rules.size()).toArray();
        List<DiagnosisRule> early = rules.judgedEarly();
        this.early = IntStream.range(0, this.rules.size()).filter(i -> early.contains(this.rules.get(i))).toArray();
        this.found = new Found[this.rules.size()];
        this.when = this.rules.stream().map(r -> r.when().toArray(RuleCondition[]::new)).toArray(RuleCondition[][]::new);
        this.fallback = new boolean[this.rules.size()];
        for (int i = 0; i < fallback.length; i++) {
            fallback[i] = this.rules.get(i).fallback();
        }
        this.firedForAttempt = new boolean[this.rules.size()];
        this.out = out;
        this.skipUnchanged = skipUnchanged;
    }

    void evaluate(Attempt a) {
        if (a.number() != attemptNumber) {
            attemptNumber = a.number();
            Arrays.fill(firedForAttempt, false);
            errorForAttempt = false;
            judgedGeneration = null;
            judgedSignals = null;
        }
        if (!a.ended() && skipUnchanged && unchangedSinceJudged(a)) {
            return;
        }
        // Rules by index over arrays: this runs for every attempt snapshot.
        int[] tried = a.ended() ? all : early;
        for (int i : tried) {
            if (!fallback[i]) {
                tryRule(i, a);
            }
        }
        if (a.ended() && !errorForAttempt) {
            for (int i : all) {
                if (fallback[i]) {
                    tryRule(i, a);
                }
            }
        }
    }

    /**
     * True when the early rules already judged this attempt on the same generation and signals. Their conditions
     * read nothing else before the end ({@link RuleCondition#needsEnd}): a rule that did not fire then does not fire
     * now, and one that fired does not fire twice. Most snapshots of an attempt in progress change neither (a stage
     * line), so this spares re-judging every rule on each of them.
     */
    private boolean unchangedSinceJudged(Attempt a) {
        if (a.signals() == judgedSignals && a.generation().equals(judgedGeneration)) {
            return true;
        }
        judgedSignals = a.signals();
        judgedGeneration = a.generation();
        return false;
    }

    /** The log ended: rules about the whole log fire on the facts that hold, supported by {@code lines}. */
    void endOfLog(Set<String> facts, List<Long> lines) {
        for (int i : all) {
            DiagnosisRule rule = rules.get(i);
            if (rule.holdsForLog(facts) && found[i] == null) {
                Found f = new Found(rule);
                found[i] = f;
                lines.forEach(f::addLine);
                out.accept(f.snapshot());
            }
        }
    }

    private void tryRule(int index, Attempt a) {
        if (firedForAttempt[index]) {
            return;
        }
        DiagnosisRule rule = rules.get(index);
        Found f = found[index];
        List<Long> lines = null;
        if (f != null && f.full()) {
            // A diagnosis that shows all the lines it may only counts one more attempt: no lines to gather then.
            if (!fires(when[index], a)) {
                return;
            }
        } else {
            lines = support(when[index], a);
            if (lines == null) {
                return;
            }
        }
        firedForAttempt[index] = true;
        errorForAttempt |= rule.severity() == Severity.ERROR;
        if (f == null) {
            f = new Found(rule);
            found[index] = f;
        }
        f.attempts++;
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                f.addLine(lines.get(i));
            }
        }
        out.accept(f.snapshot());
    }

    /** True when one of the rule's conditions holds for the attempt (it fires), without gathering the lines. */
    private static boolean fires(RuleCondition[] when, Attempt a) {
        for (RuleCondition c : when) {
            if (c.holds(a)) {
                return true;
            }
        }
        return false;
    }

    /** The lines supporting the rule (union over its conditions that hold), or null when it does not fire. */
    private static List<Long> support(RuleCondition[] when, Attempt a) {
        Set<Long> lines = null;
        for (RuleCondition c : when) {
            List<Long> l = c.support(a);
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

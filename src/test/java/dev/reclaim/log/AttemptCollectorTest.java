package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One attempt, one entry: the latest snapshot wins; a full collector keeps first or latest and counts the rest. */
class AttemptCollectorTest {

    static Attempt snapshot(int number, Outcome outcome) {
        return new Attempt(number, number * 10L, -1, null, outcome, outcome != Outcome.IN_PROGRESS, null, null,
                Generation.UNKNOWN, List.of(), List.of(), Set.of());
    }

    @Test
    void theLatestSnapshotOfAnAttemptReplacesTheEarlierOnesInPlace() {
        AttemptCollector c = new AttemptCollector();
        Attempt first = snapshot(1, Outcome.IN_PROGRESS);
        assertThat(c.offer(first)).isNull();
        assertThat(c.offer(snapshot(2, Outcome.IN_PROGRESS))).isNull();
        Attempt failed = snapshot(1, Outcome.FAILED);

        assertThat(c.offer(failed)).as("the snapshot it replaced").isSameAs(first);
        c.offer(snapshot(2, Outcome.CONNECTED));

        assertThat(c.attempts()).extracting(Attempt::number, Attempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(2, Outcome.CONNECTED));
        assertThat(c.leftOut()).isZero();
    }

    @Test
    void everyAttemptIsCountedOnceByItsLatestOutcomeKeptOrNot() {
        AttemptCollector c = new AttemptCollector(new ArrayList<>(), 3);
        for (int n = 1; n <= 5; n++) {
            c.offer(snapshot(n, Outcome.IN_PROGRESS));
            c.offer(snapshot(n, n == 5 ? Outcome.CONNECTED : Outcome.FAILED));
        }
        assertThat(c.attempts()).extracting(Attempt::number).containsExactly(3, 4, 5);
        assertThat(c.outcomes()).containsExactly(entry(Outcome.CONNECTED, 1), entry(Outcome.FAILED, 4));
        assertThat(c.leftOut()).isEqualTo(2);
        assertThat(c.firstLeftOut()).isEqualTo(1);
        assertThat(c.lastLeftOut()).isEqualTo(2);
    }

    @Test
    void aLateSnapshotOfTheAttemptJustLetGoStillMovesItsCount() {
        AttemptCollector c = new AttemptCollector(new ArrayList<>(), 1);
        c.offer(snapshot(1, Outcome.IN_PROGRESS));
        c.offer(snapshot(2, Outcome.IN_PROGRESS));
        assertThat(c.offer(snapshot(1, Outcome.INCOMPLETE))).as("not kept any more").isNull();

        assertThat(c.attempts()).extracting(Attempt::number).containsExactly(2);
        assertThat(c.outcomes()).containsExactly(entry(Outcome.IN_PROGRESS, 1), entry(Outcome.INCOMPLETE, 1));
        assertThat(c.leftOut()).isEqualTo(1);
    }

    @Test
    void keepingTheLatestLetsTheOldestGoIntoTheGivenListAndCountsThem() {
        List<Attempt> shown = new ArrayList<>();
        AttemptCollector c = new AttemptCollector(shown, 3);
        for (int n = 1; n <= 5; n++) {
            c.offer(snapshot(n, Outcome.IN_PROGRESS));
        }
        c.offer(snapshot(5, Outcome.CONNECTED));

        assertThat(shown).extracting(Attempt::number).containsExactly(3, 4, 5);
        assertThat(shown.get(2).outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(c.leftOut()).isEqualTo(2);

        c.clear();
        assertThat(shown).isEmpty();
        assertThat(c.leftOut()).isZero();
        assertThat(c.outcomes()).isEmpty();
        assertThat(c.lastLeftOut()).isZero();
        c.offer(snapshot(1, Outcome.IN_PROGRESS));
        assertThat(shown).extracting(Attempt::number).as("a new log numbers from 1 again").containsExactly(1);
    }

    /** Issue 13 item 8: the analyzer used to keep the first 10,000 and lose a success at the end. */
    @Test
    void theAnalyzerKeepsTheNewestAttemptsAndCountsTheOutcomesOfAll() {
        int total = AttemptCollector.MAX_ATTEMPTS + 3;
        LogAnalysis a = LogAnalysis.of(RetryLogs.failuresThenASuccess(total - 1).getBytes(StandardCharsets.US_ASCII));

        assertThat(a.attempts()).hasSize(AttemptCollector.MAX_ATTEMPTS);
        Attempt last = a.attempts().get(AttemptCollector.MAX_ATTEMPTS - 1);
        assertThat(last.number()).isEqualTo(total);
        assertThat(last.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(a.attempts().get(0).number()).isEqualTo(4);
        assertThat(a.attemptCount()).isEqualTo(total);
        assertThat(a.outcomes()).containsExactly(entry(Outcome.CONNECTED, 1), entry(Outcome.FAILED, total - 1));
        assertThat(a.attemptsOmitted()).isEqualTo(3);
        assertThat(a.firstOmitted()).isEqualTo(1);
        assertThat(a.lastOmitted()).isEqualTo(3);
    }
}

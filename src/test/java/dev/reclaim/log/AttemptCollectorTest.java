package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.log.AttemptCollector.WhenFull;
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
        AttemptCollector c = new AttemptCollector(WhenFull.KEEP_FIRST);
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
    void keepingTheFirstCountsEachLaterAttemptOnceHoweverManySnapshotsItHas() {
        AttemptCollector c = new AttemptCollector(new ArrayList<>(), 3, WhenFull.KEEP_FIRST);
        for (int n = 1; n <= 5; n++) {
            c.offer(snapshot(n, Outcome.IN_PROGRESS));
            c.offer(snapshot(n, Outcome.FAILED));
        }
        assertThat(c.attempts()).extracting(Attempt::number).containsExactly(1, 2, 3);
        assertThat(c.attempts()).extracting(Attempt::outcome).containsOnly(Outcome.FAILED);
        assertThat(c.leftOut()).isEqualTo(2);
    }

    @Test
    void keepingTheLatestLetsTheOldestGoIntoTheGivenListAndCountsThem() {
        List<Attempt> shown = new ArrayList<>();
        AttemptCollector c = new AttemptCollector(shown, 3, WhenFull.KEEP_LATEST);
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
        c.offer(snapshot(1, Outcome.IN_PROGRESS));
        assertThat(shown).extracting(Attempt::number).as("a new log numbers from 1 again").containsExactly(1);
    }

    @Test
    void theAnalyzerKeepsTheFirstTenThousandAttemptsAndCountsTheRest() {
        int total = AttemptCollector.MAX_ATTEMPTS + 3;
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < total; i++) {
            log.append(String.format("%010d [system] INFO: Cloud: connecting%n", 1000 + i));
        }
        LogAnalysis a = LogAnalysis.of(log.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(a.attempts()).hasSize(AttemptCollector.MAX_ATTEMPTS);
        assertThat(a.attempts().get(AttemptCollector.MAX_ATTEMPTS - 1).number()).isEqualTo(AttemptCollector.MAX_ATTEMPTS);
        assertThat(a.attemptsOmitted()).isEqualTo(3);
    }
}

package dev.reclaim.ui.log;

import dev.reclaim.log.Level;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the log pipeline that need no window: the queue, the filter, the per-frame drain and cap. */
class LogPipelineTest {

    @Test
    void aFullQueueCountsWhatItDropsAndATryOfferDoesNot() {
        DropCountingQueue<Integer> q = new DropCountingQueue<>(3);
        for (int i = 0; i < 5; i++) {
            q.offer(i);
        }
        assertThat(q.dropped()).isEqualTo(2);
        assertThat(q.tryOffer(9)).isFalse();
        assertThat(q.dropped()).isEqualTo(2);
        List<Integer> out = new ArrayList<>();
        assertThat(q.drainTo(out, 2)).isEqualTo(2);
        assertThat(out).containsExactly(0, 1);
    }

    @Test
    void theFilterCombinesLevelsCategoryPrefixAndRegex() {
        LogRow key = new LogRow(1, Level.ERROR, "comm.sparkprotocol.handshake",
                "0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19");
        LogRow cloud = new LogRow(2, Level.WARN, "system", "0000006302 [system] WARN: Cloud handshake failed, code=-19");
        LogFilter errorsInComm = LogFilter.of(EnumSet.of(Level.ERROR, Level.WARN), "comm", "");
        assertThat(errorsInComm.test(key)).isTrue();
        assertThat(errorsInComm.test(cloud)).isFalse();

        LogFilter regex = LogFilter.of(EnumSet.allOf(Level.class), "", "code=-\\d+$");
        assertThat(regex.test(cloud)).isTrue();
        assertThat(regex.test(key)).isFalse();
        assertThat(regex.searchError()).isEmpty();

        LogFilter literal = LogFilter.of(EnumSet.allOf(Level.class), "", "key -19 (");
        assertThat(literal.searchError()).startsWith("Not a valid regular expression");
        assertThat(literal.test(new LogRow(3, Level.INFO, "", "Unable to receive key -19 (closed)"))).isTrue();
    }

    @Test
    void oneDrainAddsEverythingQueuedAndTrimsToTheCap() {
        LogViewModel vm = new LogViewModel(1000);
        int[] changes = {0};
        vm.allRows().addListener((javafx.collections.ListChangeListener<LogRow>) c -> changes[0]++);
        for (int i = 1; i <= 2500; i++) {
            vm.append(new LogRow(i, Level.INFO, "app", "line " + i));
        }
        vm.drain();
        assertThat(changes[0]).as("the batch alone fills the cap: one setAll").isEqualTo(1);
        assertThat(vm.allRows()).hasSize(1000);
        assertThat(vm.allRows().get(0).text()).isEqualTo("line 1501");
        assertThat(vm.receivedProperty().get()).isEqualTo(2500);

        vm.append(new LogRow(2501, Level.WARN, "system", "one more"));
        vm.append(new LogRow(2502, Level.WARN, "system", "and another"));
        changes[0] = 0;
        vm.drain();
        assertThat(changes[0]).as("one addAll, one trim").isEqualTo(2);
        assertThat(vm.allRows()).hasSize(1000);
        assertThat(vm.allRows().get(998).text()).isEqualTo("one more");
        assertThat(vm.allRows().get(0).text()).isEqualTo("line 1503");
        assertThat(vm.categories()).containsExactly("app", "system");
    }

    @Test
    void whilePausedLinesAreHeldAndAppearOnResume() {
        LogViewModel vm = new LogViewModel(100);
        vm.append(new LogRow(1, Level.INFO, "", "before"));
        vm.drain();
        vm.pausedProperty().set(true);
        vm.append(new LogRow(2, Level.INFO, "", "during 1"));
        vm.append(new LogRow(3, Level.INFO, "", "during 2"));
        vm.drain();
        assertThat(vm.allRows()).extracting(LogRow::text).containsExactly("before");
        assertThat(vm.heldProperty().get()).isEqualTo(2);
        vm.pausedProperty().set(false);
        assertThat(vm.allRows()).extracting(LogRow::text).containsExactly("before", "during 1", "during 2");
        assertThat(vm.heldProperty().get()).isZero();
    }
}

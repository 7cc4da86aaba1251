package dev.reclaim.ui.log;

import dev.reclaim.P1Log;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.FileLogSource;
import dev.reclaim.log.Generation;
import dev.reclaim.log.Level;
import dev.reclaim.log.Outcome;
import dev.reclaim.ui.common.Operations;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Progress for work run on the test's thread; asks to cancel after {@code cancelAfter} updates. */
    private static final class Steps implements Operations.Progress {
        final int cancelAfter;
        int updates;
        long done;
        long total;

        Steps(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total) {
            updates++;
            this.done = done;
            this.total = total;
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return updates >= cancelAfter;
        }
    }

    @Test
    void aFileSessionFeedsBothViewsWithProgressInBytesOfTheFile(@TempDir Path dir) throws Exception {
        Path file = P1Log.repeated(dir, 300);
        LogViewModel lines = new LogViewModel(10_000);
        HandshakeViewModel handshakes = new HandshakeViewModel();
        Steps progress = new Steps(Integer.MAX_VALUE);

        long read = new LogSession(new FileLogSource(file), lines, handshakes).work().run(progress);
        lines.drain();
        handshakes.drain();

        assertThat(read).isEqualTo(4800);
        assertThat(progress.done).isEqualTo(Files.size(file));
        assertThat(progress.total).isEqualTo(Files.size(file));
        assertThat(lines.allRows()).hasSize(4800);
        assertThat(lines.droppedProperty().get()).as("a file waits for room, it drops nothing").isZero();
        assertThat(handshakes.attempts()).hasSize(300);
        assertThat(handshakes.diagnoses()).hasSize(2);
    }

    @Test
    void cancellingAFileSessionStopsTheReadAfterTheChunkInHand(@TempDir Path dir) throws Exception {
        Path file = P1Log.repeated(dir, 300);
        LogViewModel lines = new LogViewModel(10_000);
        HandshakeViewModel handshakes = new HandshakeViewModel();

        long read = new LogSession(new FileLogSource(file), lines, handshakes).work().run(new Steps(1));
        lines.drain();
        handshakes.drain();

        assertThat(read).isGreaterThan(0).isLessThan(4800);
        assertThat(lines.allRows()).hasSize((int) read);
        assertThat(handshakes.attempts()).isNotEmpty().hasSizeLessThan(300);
        assertThat(handshakes.attempts().get(handshakes.attempts().size() - 1).ended())
                .as("the attempt in hand was closed, not left in progress").isTrue();
    }

    @Test
    void aNewerSnapshotOfTheSelectedAttemptStaysSelected() {
        HandshakeViewModel vm = new HandshakeViewModel();
        vm.offer(attempt(1, Outcome.IN_PROGRESS));
        vm.drain();
        vm.selectedProperty().set(vm.attempts().get(0));

        Attempt failed = attempt(1, Outcome.FAILED);
        vm.offer(failed);
        vm.offer(attempt(2, Outcome.IN_PROGRESS));
        vm.drain();

        assertThat(vm.attempts()).extracting(Attempt::number).containsExactly(1, 2);
        assertThat(vm.selectedProperty().get()).isSameAs(failed);

        vm.clear();
        vm.offer(attempt(1, Outcome.CONNECTED));
        vm.drain();
        assertThat(vm.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.CONNECTED);
    }

    private static Attempt attempt(int number, Outcome outcome) {
        return new Attempt(number, number, -1, null, outcome, outcome != Outcome.IN_PROGRESS, null, null,
                Generation.UNKNOWN, List.of(), List.of(), Set.of());
    }
}

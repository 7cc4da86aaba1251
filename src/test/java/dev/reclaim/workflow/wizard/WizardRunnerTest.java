package dev.reclaim.workflow.wizard;

import static dev.reclaim.workflow.wizard.StepOutcome.CANCELLED;
import static dev.reclaim.workflow.wizard.StepOutcome.FAILED;
import static dev.reclaim.workflow.wizard.StepOutcome.OK;
import static dev.reclaim.workflow.wizard.StepOutcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import dev.reclaim.progress.Cancellation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WizardRunnerTest {
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Cancellation cancel = Cancellation.none();

    /** Writes down every event, so a test sees what a GUI or the CLI would be told, in order. */
    private final WizardListener listener = new WizardListener() {
        @Override
        public void stepStarted(int number, WizardStep step) {
            events.add("started " + number);
        }

        @Override
        public void stage(int number, String description) {
            events.add("stage " + number + " " + description);
        }

        @Override
        public void progress(int number, long doneUnits, long total) {
            events.add("progress " + number + " " + doneUnits + "/" + total);
        }

        @Override
        public void stepFinished(StepRecord record) {
            events.add("finished " + record.number() + " " + record.outcome().id());
        }

        @Override
        public void wizardFinished(WizardRecord record) {
            events.add("wizard " + record.outcome().id());
        }
    };

    private WizardStep step(String title, boolean safeAfter) {
        return new WizardStep(title, "does " + title, safeAfter, ctx -> {
            done.add(title);
            return StepResult.done(title + " done");
        });
    }

    private static Wizard wizard(WizardStep... steps) {
        return new Wizard(WizardId.RECOVER_KEYS, List.of(steps));
    }

    private WizardRecord run(Wizard w) {
        return new WizardRunner().run(w, cancel, listener);
    }

    @Test
    void stepsRunInOrderAndEachLeavesARecord() {
        WizardStep progressing = new WizardStep("write", "writes", true, ctx -> {
            ctx.progress().stage("Writing DCT2");
            ctx.progress().progress(8, 16);
            ctx.progress().progress(16, 16);
            done.add("write");
            return StepResult.done("wrote 16 bytes");
        });
        WizardStep nothingToDo = new WizardStep("register", "registers", true,
                ctx -> StepResult.skipped("the cloud already has this key"));
        WizardRecord r = run(wizard(step("read", true), progressing, nothingToDo));

        assertThat(done).containsExactly("read", "write");
        assertThat(r.wizard()).isEqualTo(WizardId.RECOVER_KEYS);
        assertThat(r.outcome()).isEqualTo(OK);
        assertThat(r.steps()).extracting(StepRecord::number, StepRecord::title, StepRecord::outcome, StepRecord::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "read", OK, "read done"),
                        org.assertj.core.groups.Tuple.tuple(2, "write", OK, "wrote 16 bytes"),
                        org.assertj.core.groups.Tuple.tuple(3, "register", SKIPPED, "the cloud already has this key"));
        assertThat(events).containsExactly("started 1", "finished 1 ok",
                "started 2", "stage 2 Writing DCT2", "progress 2 8/16", "progress 2 16/16", "finished 2 ok",
                "started 3", "finished 3 skipped", "wizard ok");
    }

    @Test
    void aStepThatContinuesOnFailureIsRecordedAsFailedAndTheNextStepsStillRun() {
        WizardStep witness = new WizardStep("witness", "waits", true, ctx -> {
            throw new IOException("no handshake within 30 s");
        }).continuingOnFailure();
        WizardRecord r = run(wizard(step("reset", true), witness, step("confirm claim", true)));
        assertThat(done).containsExactly("reset", "confirm claim");
        assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(OK, FAILED, OK);
        assertThat(r.steps().get(1).detail()).isEqualTo("no handshake within 30 s");
        // the run still failed: "continue" goes on, it does not forgive
        assertThat(r.outcome()).isEqualTo(FAILED);
    }

    @Test
    void aFailingStepStopsTheRunAndRecordsItsReason() {
        WizardStep failing = new WizardStep("register", "registers", true, ctx -> {
            throw new IOException("the cloud answered 403: token has no access to this device");
        });
        WizardRecord r = run(wizard(step("read", true), failing, step("write", true)));

        assertThat(done).containsExactly("read");
        assertThat(r.outcome()).isEqualTo(FAILED);
        assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(OK, FAILED, SKIPPED);
        assertThat(r.steps().get(1).detail()).isEqualTo("the cloud answered 403: token has no access to this device");
        assertThat(r.steps().get(2).detail()).isEqualTo("not run: step 2 failed");
        assertThat(r.steps().get(2).duration()).isZero();
        assertThat(events).containsExactly("started 1", "finished 1 ok", "started 2", "finished 2 failed",
                "finished 3 skipped", "wizard failed");
    }

    @Test
    void aBugInAStepIsRecordedAsAFailureWithItsType() {
        WizardStep buggy = new WizardStep("read", "reads", true, ctx -> {
            throw new IllegalStateException();
        });
        WizardRecord r = run(wizard(buggy));
        assertThat(r.steps().get(0).outcome()).isEqualTo(FAILED);
        assertThat(r.steps().get(0).detail()).isEqualTo("IllegalStateException");
    }

    /** The user presses Cancel (another thread) while step 1 runs: step 1 finishes, step 2 never starts. */
    @Test
    void aCancelDuringASafeStepStopsTheRunBeforeTheNextStep() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        WizardStep slow = new WizardStep("back up", "backs up", true, ctx -> {
            running.countDown();
            assertThat(mayFinish.await(10, TimeUnit.SECONDS)).isTrue();
            done.add("back up");
            return StepResult.done("saved");
        });
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<WizardRecord> run = worker.submit(() -> run(wizard(slow, step("write", true), step("verify", true))));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            cancel.cancel();
            mayFinish.countDown();
            WizardRecord r = run.get(10, TimeUnit.SECONDS);

            assertThat(done).containsExactly("back up");
            assertThat(r.outcome()).isEqualTo(CANCELLED);
            assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(OK, CANCELLED, SKIPPED);
            assertThat(r.steps().get(1).detail()).isEqualTo("not started: stopped on request after step 1 (back up)");
            assertThat(r.steps().get(2).detail()).isEqualTo("not run: the wizard was stopped before step 2");
            assertThat(events).containsExactly("started 1", "finished 1 ok", "finished 2 cancelled",
                    "finished 3 skipped", "wizard cancelled");
        } finally {
            worker.shutdownNow();
        }
    }

    /** Stopping after "write the new key" would leave a device whose key the cloud does not know: go on to a safe point. */
    @Test
    void aCancelDuringAStepThatIsNotASafePointWaitsForTheNextSafePoint() {
        WizardStep writeKey = new WizardStep("write key", "writes", false, ctx -> {
            cancel.cancel();
            done.add("write key");
            return StepResult.done("written");
        });
        WizardRecord r = run(wizard(writeKey, step("register key", true), step("check", true)));

        assertThat(done).containsExactly("write key", "register key");
        assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(OK, OK, CANCELLED);
        assertThat(r.steps().get(2).detail()).isEqualTo("not started: stopped on request after step 2 (register key)");
    }

    @Test
    void aCheckpointInsideAStepStopsThatStep() {
        WizardStep write = new WizardStep("write", "writes", true, ctx -> {
            cancel.cancel();
            ctx.checkpoint("before the first flash write");
            done.add("flash written");
            return StepResult.done("written");
        });
        WizardRecord r = run(wizard(step("read", true), write, step("verify", true)));

        assertThat(done).containsExactly("read");
        assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(OK, CANCELLED, SKIPPED);
        assertThat(r.steps().get(1).detail()).isEqualTo("Stopped on request before the first flash write.");
        assertThat(r.steps().get(2).detail()).isEqualTo("not run: the wizard was stopped in step 2");
    }

    @Test
    void aCancelBeforeTheStartRunsNothing() {
        cancel.cancel();
        WizardRecord r = run(wizard(step("read", true), step("write", true)));
        assertThat(done).isEmpty();
        assertThat(r.steps()).extracting(StepRecord::outcome).containsExactly(CANCELLED, SKIPPED);
        assertThat(r.steps().get(0).detail()).isEqualTo("not started: stopped on request before anything was done");
    }

    @Test
    void recordsCarryEachStepsStartAndDuration() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-02T03:04:05Z"));
        WizardStep read = new WizardStep("read", "reads", true, ctx -> {
            clock.advance(Duration.ofSeconds(3));
            return StepResult.done("read");
        });
        WizardStep write = new WizardStep("write", "writes", true, ctx -> {
            clock.advance(Duration.ofMillis(250));
            return StepResult.done("written");
        });
        WizardRecord r = new WizardRunner(clock).run(wizard(read, write), cancel, listener);

        assertThat(r.started()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(r.steps()).extracting(StepRecord::started).containsExactly(
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:08Z"));
        assertThat(r.steps()).extracting(StepRecord::duration)
                .containsExactly(Duration.ofSeconds(3), Duration.ofMillis(250));
        assertThat(r.duration()).isEqualTo(Duration.ofMillis(3250));
    }

    @Test
    void onTheSystemClockADurationCoversTheStepsWork() {
        WizardStep sleeping = new WizardStep("wait", "waits", true, ctx -> {
            Thread.sleep(30);
            return StepResult.done("waited");
        });
        WizardRecord r = run(wizard(sleeping, step("next", true)));
        StepRecord first = r.steps().get(0);
        assertThat(first.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(r.steps().get(1).started()).isAfterOrEqualTo(first.started().plus(first.duration()));
    }

    @Test
    void aDetailIsOneLineWithoutKeyMaterial() {
        String der = "3082025c02010002818100" + "c0ffee".repeat(40);
        WizardStep leaky = new WizardStep("read", "reads", true, ctx -> {
            throw new IOException("bad key " + der + " in DCT1\n-----BEGIN RSA PRIVATE KEY-----\nMIIC...");
        });
        WizardStep chatty = new WizardStep("say", "says", true, ctx -> StepResult.done("x".repeat(500)));
        String detail = run(wizard(leaky)).steps().get(0).detail();
        assertThat(detail).isEqualTo("bad key [key material removed] in DCT1");
        done.clear();
        assertThat(run(wizard(chatty)).steps().get(0).detail()).hasSize(OneLine.MAX).endsWith("…");
        assertThat(run(wizard(new WizardStep("id", "ids", true,
                ctx -> StepResult.done("device 32003a000b47343533383531 read")))).steps().get(0).detail())
                .isEqualTo("device 32003a000b47343533383531 read");
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

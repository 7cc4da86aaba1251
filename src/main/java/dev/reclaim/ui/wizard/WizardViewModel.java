package dev.reclaim.ui.wizard;

import dev.reclaim.cloud.CloudException;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardStep;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Any wizard on screen: its start page's job run off the FX thread by a {@link WizardRunner}, every runner event
 * turned into a {@link StepRow}, the overall progress and the current stage, a cancel request that the runner
 * honours at the wizard's safe points, and a summary and a copyable report at the end. Works for every wizard; what
 * differs between them is the start page and its {@link WizardJob}.
 */
public final class WizardViewModel {
    /** Where the dialog is: on its start page, running (or stopping at the next safe point), or finished. */
    public enum Phase { READY, RUNNING, STOPPING, FINISHED }

    private final Executor executor;
    private final String title;
    private final String intro;
    private final Supplier<WizardJob> jobs;
    private final ObservableValue<Boolean> inputsReady;
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<StepOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final BooleanBinding canStart;
    private Runnable onTokenRejected = () -> { };
    private Runnable onDeviceWritten = () -> { };
    private Cancellation cancellation = new Cancellation();
    /** Progress of the running step as (step number, fraction), coalesced so a fast engine posts one update a pulse. */
    private final AtomicReference<double[]> pendingProgress = new AtomicReference<>();
    private int finishedSteps;

    /**
     * @param executor    where the wizard runs (never the FX thread)
     * @param title       the window's title ("Recover keys")
     * @param intro       what the wizard will do, for its start page
     * @param jobs        called on the FX thread when Start is pressed: the run as the start page's inputs now say;
     *                    null when it cannot start (e.g. the user closed the access-token prompt)
     * @param inputsReady whether the start page's inputs are complete
     */
    public WizardViewModel(Executor executor, String title, String intro, Supplier<WizardJob> jobs,
                           ObservableValue<Boolean> inputsReady) {
        this.executor = executor;
        this.title = title;
        this.intro = intro;
        this.jobs = jobs;
        this.inputsReady = inputsReady;
        this.canStart = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(inputsReady.getValue())
                && (phase.get() == Phase.READY || phase.get() == Phase.FINISHED), inputsReady, phase);
    }

    /** Who hears that the cloud refused the access token (the session's token is then forgotten and asked again). */
    public void setOnTokenRejected(Runnable handler) {
        this.onTokenRejected = handler;
    }

    /**
     * Who hears, on the FX thread, that a run which may have changed the device's DCT has ended (however it ended:
     * a failed or stopped run may have written part of it).
     */
    public void setOnDeviceWritten(Runnable handler) {
        this.onDeviceWritten = handler;
    }

    /** Starts (or, once finished, starts again) the run; call on the FX thread. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        WizardJob job = jobs.get();
        if (job == null) {
            return;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        steps.clear();
        finishedSteps = 0;
        outcome.set(null);
        summary.set("");
        progress.set(-1);
        stage.set("Preparing…");
        phase.set(Phase.RUNNING);
        executor.execute(() -> run(job, cancel));
    }

    /**
     * Asks the run to stop at its next safe point: between steps after one that is safe to stop after, or at a
     * step's own checkpoint. Steps already writing go on until the device is safe.
     */
    public void cancel() {
        if (phase.get() == Phase.RUNNING) {
            cancellation.cancel();
            phase.set(Phase.STOPPING);
            stage.set("Stopping at the next safe point…");
        }
    }

    private void run(WizardJob job, Cancellation cancel) {
        try {
            List<WizardStep> planned;
            try {
                planned = job.prepare();
            } catch (Exception e) {
                Platform.runLater(() -> notStarted(e));
                return;
            }
            List<StepRow> rows = IntStream.range(0, planned.size()).mapToObj(i -> new StepRow(i + 1,
                    planned.get(i).title(), StepState.PENDING, 0, planned.get(i).description())).toList();
            Platform.runLater(() -> steps.setAll(rows));
            WizardJob.Finished end;
            try {
                end = job.run(cancel, new OnFxThread(rows.size()));
            } catch (Exception e) {
                // the workflow ran but could not file its run (the journal): the device work is done
                Platform.runLater(() -> notStarted(e));
                return;
            }
            Platform.runLater(() -> {
                finished(end.record(), end.summary());
                if (job.writesDevice() && !end.record().steps().isEmpty()) {
                    onDeviceWritten.run();
                }
            });
        } finally {
            job.close();
        }
    }

    private static boolean rejectsToken(Throwable e) {
        return e instanceof CloudException c && c.reason() == CloudException.Reason.LOG_IN;
    }

    private void notStarted(Exception e) {
        boolean rejected = rejectsToken(e);
        phase.set(Phase.FINISHED);
        progress.set(0);
        stage.set("");
        outcome.set(StepOutcome.FAILED);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        summary.set((steps.isEmpty() ? "Could not start: " : "Could not finish: ") + why + tokenAdvice(rejected));
        if (rejected) {
            onTokenRejected.run();
        }
    }

    private void finished(WizardRecord record, String line) {
        boolean rejected = record.steps().stream().anyMatch(s -> s.outcome() == StepOutcome.FAILED
                && CloudException.refusesToken(s.detail()));
        // the run's own records are the truth: a workflow may leave planned steps out (cycles not reached)
        steps.setAll(record.steps().stream().map(s -> new StepRow(s.number(), s.title(), StepState.of(s.outcome()),
                s.duration().toMillis() / 1000.0, s.detail())).toList());
        outcome.set(record.outcome());
        summary.set(line + tokenAdvice(rejected));
        stage.set(String.format(Locale.ROOT, "Finished in %.1f s", record.duration().toMillis() / 1000.0));
        // a stopped run has done the steps before the one that stopped it
        int done = record.outcome() == StepOutcome.OK ? record.steps().size() : record.steps().stream()
                .filter(s -> s.outcome() == record.outcome()).findFirst()
                .map(s -> s.number() - 1).orElse(record.steps().size());
        progress.set((double) done / Math.max(1, record.steps().size()));
        phase.set(Phase.FINISHED);
        if (rejected) {
            onTokenRejected.run();
        }
    }

    private static String tokenAdvice(boolean rejected) {
        return rejected ? " Start again to enter another access token." : "";
    }

    /** The run as text for the clipboard or a ticket: title, summary and every step. Holds no key material. */
    public String report() {
        StringBuilder b = new StringBuilder(title);
        if (outcome.get() != null) {
            b.append(" — ").append(outcome.get().id());
        }
        b.append('\n');
        steps.forEach(r -> b.append(r.reportLine()).append('\n'));
        if (!summary.get().isEmpty()) {
            b.append(summary.get()).append('\n');
        }
        return b.toString();
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    public ObservableList<StepRow> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0..1 over the whole wizard; -1 (indeterminate) while the run is being prepared. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Step 3 of 7: Write the keys — Writing DCT2". */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the last run ended; null before the first ends. */
    public ReadOnlyObjectProperty<StepOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ObservableValue<Boolean> inputsReadyProperty() {
        return inputsReady;
    }

    /** The runner's events, replayed on the FX thread in the order they happened. */
    private final class OnFxThread implements WizardListener {
        private final int total;
        private volatile String stepTitle = "";

        OnFxThread(int total) {
            this.total = total;
        }

        @Override
        public void stepStarted(int number, WizardStep step) {
            stepTitle = step.title();
            Platform.runLater(() -> {
                replace(number, step.title(), r -> new StepRow(r.number(), r.title(), StepState.RUNNING, 0,
                        r.detail()));
                if (phase.get() == Phase.RUNNING) {
                    stage.set(stepText(number, step.title()));
                }
                progress.set(overall(0));
            });
        }

        @Override
        public void stage(int number, String description) {
            String text = stepText(number, stepTitle) + " — " + description;
            Platform.runLater(() -> {
                if (phase.get() == Phase.RUNNING) {
                    stage.set(text);
                }
            });
        }

        @Override
        public void progress(int number, long done, long total) {
            double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
            if (pendingProgress.getAndSet(new double[] {number, fraction}) == null) {
                Platform.runLater(() -> {
                    double[] p = pendingProgress.getAndSet(null);
                    if (p != null && (int) p[0] == finishedSteps + 1) {
                        progress.set(overall(p[1]));
                    }
                });
            }
        }

        @Override
        public void stepFinished(StepRecord record) {
            Platform.runLater(() -> {
                replace(record.number(), record.title(), r -> new StepRow(r.number(), record.title(),
                        StepState.of(record.outcome()), record.duration().toMillis() / 1000.0, record.detail()));
                finishedSteps = record.number();
                progress.set(overall(0));
            });
        }

        private String stepText(int number, String stepTitle) {
            return "Step " + number + " of " + total + ": " + stepTitle;
        }

        private double overall(double stepFraction) {
            return Math.min(1, (finishedSteps + stepFraction) / Math.max(1, steps.size()));
        }
    }

    /**
     * Changes the row of step {@code number}, or, when a workflow skipped planned steps (cycles not run after a stop)
     * and its numbers no longer match the plan, the first pending row with that title.
     */
    private void replace(int number, String title, UnaryOperator<StepRow> change) {
        int i = number - 1;
        if (i < 0 || i >= steps.size() || !steps.get(i).title().equals(title)) {
            i = IntStream.range(0, steps.size()).filter(j -> steps.get(j).title().equals(title)
                    && steps.get(j).state() == StepState.PENDING).findFirst().orElse(-1);
        }
        if (i >= 0) {
            steps.set(i, change.apply(steps.get(i)));
        }
    }
}

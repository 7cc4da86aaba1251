package dev.reclaim.ui.common;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs the user's long operations (open a big file, read or write a device) off the FX thread, each as a
 * {@link Task} with progress and cancel. Success, error and finally handlers run on the FX thread; errors become a
 * {@link Problem} for the {@link Notifier} unless the caller handles them. The executor is injected so tests can run
 * work on a thread they control.
 */
public final class Operations {
    /** The work itself; it reports progress and checks cancellation through {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How work reports back; safe to call from the worker thread. */
    public interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    private final Executor executor;
    private final Notifier notifier;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper lastOutcome = new ReadOnlyStringWrapper(this, "lastOutcome", "");

    public Operations(Executor executor, Notifier notifier) {
        this.executor = Objects.requireNonNull(executor);
        this.notifier = Objects.requireNonNull(notifier);
    }

    /**
     * Prepares an operation. {@code action} is a verb phrase ("open dct.bin", "read the DCT from the device"): the
     * status bar shows it while running and a failure is reported as "Could not {action}".
     */
    public <T> Job<T> job(String action, Work<T> work) {
        return new Job<>(action, work);
    }

    /** The operation the status bar shows (the most recently started that still runs), or null. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "Done: …", "Cancelled: …" or "" — what the last finished operation came to, for the status bar. */
    public ReadOnlyStringProperty lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    /** Tells the user that {@code action} failed, with the fix (what a job does when no error handler is set). */
    public void report(String action, Throwable failure) {
        notifier.show(Problem.of(action, failure));
    }

    /** Puts a short message where the last outcome shows, e.g. what a button just did. */
    public void note(String message) {
        lastOutcome.set(message);
    }

    /** Cancels the operation the status bar shows. */
    public void cancelCurrent() {
        Task<?> t = current.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** A builder for one operation's handlers, in the manner of a fluent task builder. */
    public final class Job<T> {
        private final String action;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onError;
        private Runnable andFinally = () -> { };

        private Job(String action, Work<T> work) {
            this.action = action;
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Replaces the default error handling (a notification with the fix). */
        public Job<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Job<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        /** Starts the work on the executor; call on the FX thread. */
        public Task<T> start() {
            WorkTask<T> task = new WorkTask<>(work);
            task.updateTitleNow(capitalise(action));
            task.setOnSucceeded(e -> finish(task, "Done: " + action, () -> onSuccess.accept(task.getValue())));
            task.setOnFailed(e -> finish(task, "Failed: " + action, () -> {
                Throwable failure = task.getException();
                if (onError != null) {
                    onError.accept(failure);
                } else {
                    report(action, failure);
                }
            }));
            task.setOnCancelled(e -> finish(task, "Cancelled: " + action, () -> { }));
            running.add(task);
            current.set(task);
            executor.execute(task);
            return task;
        }

        private void finish(Task<T> task, String outcome, Runnable handler) {
            running.remove(task);
            current.set(running.isEmpty() ? null : running.get(running.size() - 1));
            lastOutcome.set(outcome);
            try {
                handler.run();
            } finally {
                andFinally.run();
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + "…";
    }

    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        void updateTitleNow(String title) {
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}

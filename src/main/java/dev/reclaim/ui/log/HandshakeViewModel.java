package dev.reclaim.ui.log;

import dev.reclaim.log.Attempt;
import dev.reclaim.log.AttemptCollector;
import dev.reclaim.log.CodeExplanation;
import dev.reclaim.log.ErrorCodes;
import dev.reclaim.finding.Finding;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection attempts and diagnoses the log engine found, for the handshake timeline and the diagnosis cards.
 * The engine publishes a new snapshot of an attempt on every handshake line, from its reader thread; only the
 * latest snapshot per attempt (and per diagnosis) is kept until the next frame, so a chatty device costs the FX
 * thread one update per attempt per frame. The timeline keeps the latest attempts (an {@link AttemptCollector}).
 */
public final class HandshakeViewModel {
    private static final ErrorCodes CODES = ErrorCodes.standard();
    private final Map<Integer, Attempt> pendingAttempts = new ConcurrentHashMap<>();
    private final Map<String, Finding> pendingDiagnoses = new ConcurrentHashMap<>();
    private final ObservableList<Attempt> attempts = FXCollections.observableArrayList();
    private final AttemptCollector timeline = new AttemptCollector(attempts, AttemptCollector.MAX_ATTEMPTS);
    private final ObservableList<Finding> diagnoses = FXCollections.observableArrayList();
    private final Map<String, Finding> diagnosisById = new LinkedHashMap<>();
    private final ObjectProperty<Attempt> selected = new SimpleObjectProperty<>(this, "selected");
    private final LedViewModel led = new LedViewModel();

    /** What an attempt's final code means for the firmware generation the log shows, or null without a code. */
    public CodeExplanation explainCode(Attempt attempt) {
        return attempt.explainCode(CODES);
    }

    // ---- from the reader thread ----

    public void offer(Attempt attempt) {
        pendingAttempts.put(attempt.number(), attempt);
    }

    public void offer(Finding diagnosis) {
        pendingDiagnoses.put(diagnosis.id(), diagnosis);
    }

    // ---- on the FX thread, once per frame ----

    /** Takes in the snapshots that arrived since the last frame. */
    public void drain() {
        if (!pendingAttempts.isEmpty()) {
            pendingAttempts.keySet().stream().sorted().forEach(n -> place(pendingAttempts.remove(n)));
        }
        if (!pendingDiagnoses.isEmpty()) {
            pendingDiagnoses.keySet().forEach(id -> diagnosisById.put(id, pendingDiagnoses.remove(id)));
            diagnoses.setAll(diagnosisById.values().stream()
                    .sorted(Comparator.comparingLong(HandshakeViewModel::firstLine)).toList());
        }
    }

    public void clear() {
        pendingAttempts.clear();
        pendingDiagnoses.clear();
        timeline.clear();
        diagnoses.clear();
        diagnosisById.clear();
        selected.set(null);
    }

    /** The status-LED pattern the technician reports, the diagnosis input beside the log. */
    public LedViewModel led() {
        return led;
    }

    /** Attempts in log order; the latest snapshot of each. */
    public ObservableList<Attempt> attempts() {
        return attempts;
    }

    /** Diagnoses in the order of their first supporting line. */
    public ObservableList<Finding> diagnoses() {
        return diagnoses;
    }

    /** The attempt the user picked in the timeline (its lines are shown in the log). */
    public ObjectProperty<Attempt> selectedProperty() {
        return selected;
    }

    /** The attempt before or after the selected one ({@code step} -1 or +1), or the last one when none is selected. */
    public Attempt neighbour(int step) {
        if (attempts.isEmpty()) {
            return null;
        }
        int i = attempts.indexOf(selected.get());
        int next = i < 0 ? attempts.size() - 1 : Math.max(0, Math.min(attempts.size() - 1, i + step));
        return attempts.get(next);
    }

    private void place(Attempt a) {
        if (a == null) {
            return;
        }
        Attempt replaced = timeline.offer(a);
        if (replaced != null && replaced == selected.get()) {
            selected.set(a);
        }
    }

    private static long firstLine(Finding d) {
        return d.lines().isEmpty() ? Long.MAX_VALUE : d.lines().get(0);
    }
}

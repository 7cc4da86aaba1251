package dev.reclaim.ui.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
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
 * thread one update per attempt per frame.
 */
public final class HandshakeViewModel {
    /** Attempts kept for the timeline; a device left retrying for days must not fill memory. */
    public static final int MAX_ATTEMPTS = 10_000;

    private final Map<Integer, Attempt> pendingAttempts = new ConcurrentHashMap<>();
    private final Map<String, Finding> pendingDiagnoses = new ConcurrentHashMap<>();
    private final ObservableList<Attempt> attempts = FXCollections.observableArrayList();
    private final ObservableList<Finding> diagnoses = FXCollections.observableArrayList();
    private final Map<String, Finding> diagnosisById = new LinkedHashMap<>();
    private final ObjectProperty<Attempt> selected = new SimpleObjectProperty<>(this, "selected");

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
        attempts.clear();
        diagnoses.clear();
        diagnosisById.clear();
        selected.set(null);
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
        int last = attempts.size() - 1;
        // Attempts arrive in order and a snapshot replaces the one with its number, which is nearly always the last.
        for (int i = last; i >= Math.max(0, last - 2); i--) {
            if (attempts.get(i).number() == a.number()) {
                boolean wasSelected = attempts.get(i) == selected.get();
                attempts.set(i, a);
                if (wasSelected) {
                    selected.set(a);
                }
                return;
            }
        }
        attempts.add(a);
        if (attempts.size() > MAX_ATTEMPTS) {
            attempts.remove(0, attempts.size() - MAX_ATTEMPTS);
        }
    }

    private static long firstLine(Finding d) {
        return d.lines().isEmpty() ? Long.MAX_VALUE : d.lines().get(0);
    }
}

package dev.reclaim.ui.log;

import dev.reclaim.finding.Finding;
import dev.reclaim.log.LedPatterns;
import dev.reclaim.log.VersionRange;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The status-LED pattern the technician sees, and the firmware version if known, as one more diagnosis input: the
 * same table and the same findings as {@code reclaim log analyze --led PATTERN --firmware X.Y[.Z]}. A stock
 * Photon/P1 on 0.7+ prints no connection line, so for it the LED is often the only witness of the handshake.
 * FX thread only.
 */
public final class LedViewModel {
    private static final LedPatterns LEDS = LedPatterns.standard();

    /** A pattern as the picker lists it. */
    public record Choice(String id, String says) {
        @Override
        public String toString() {
            return says;
        }
    }

    private final ObservableList<Choice> patterns = FXCollections.observableArrayList(
            LEDS.all().stream().map(p -> new Choice(p.id(), p.says())).toList());
    private final ObjectProperty<Choice> pattern = new SimpleObjectProperty<>(this, "pattern");
    private final StringProperty firmware = new SimpleStringProperty(this, "firmware", "");
    private final ReadOnlyStringWrapper firmwareProblem = new ReadOnlyStringWrapper(this, "firmwareProblem", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    public LedViewModel() {
        pattern.addListener((o, a, b) -> diagnose());
        firmware.addListener((o, a, b) -> diagnose());
    }

    /** Every pattern of the table, in its order. */
    public ObservableList<Choice> patterns() {
        return patterns;
    }

    /** The pattern seen; null while none is picked. */
    public ObjectProperty<Choice> patternProperty() {
        return pattern;
    }

    /** The Device OS version as typed ("0.6", "1.5.4"); empty = unknown, then every generation's meaning shows. */
    public StringProperty firmwareProperty() {
        return firmware;
    }

    /** Why the typed version is not one (what to type instead), or empty. */
    public ReadOnlyStringProperty firmwareProblemProperty() {
        return firmwareProblem.getReadOnlyProperty();
    }

    /** The diagnosis cards for the pattern on that firmware. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Picks a pattern by its table id (as the CLI's --led names it). */
    public void pick(String patternId) {
        pattern.set(patterns.stream().filter(c -> c.id().equals(patternId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no LED pattern '" + patternId + "'")));
    }

    private void diagnose() {
        VersionRange range = VersionRange.ANY;
        String typed = firmware.get() == null ? "" : firmware.get().strip();
        firmwareProblem.set("");
        if (!typed.isEmpty()) {
            try {
                range = VersionRange.parse(typed);
            } catch (IllegalArgumentException e) {
                firmwareProblem.set("'" + typed + "' is not a Device OS version: write MAJOR.MINOR or"
                        + " MAJOR.MINOR.PATCH, e.g. 0.6 or 1.5.2. Showing every generation's meaning.");
            }
        }
        Choice c = pattern.get();
        findings.setAll(c == null ? List.of() : LEDS.diagnose(c.id(), range));
    }
}

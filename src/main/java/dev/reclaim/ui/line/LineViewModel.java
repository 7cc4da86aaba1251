package dev.reclaim.ui.line;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.workflow.station.DeviceResult;
import dev.reclaim.workflow.station.Recipe;
import dev.reclaim.workflow.station.RecipeException;
import dev.reclaim.workflow.station.Recipes;
import dev.reclaim.workflow.station.ShiftListener;
import dev.reclaim.workflow.station.Station;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardStep;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The production line at one station: a shift of the station's recipe, device after device, with the verdict of
 * the last device large (PASS / FAIL), its failing step and why in plain words, the device worked on and its step,
 * and the shift's count and yield. When the station witnesses boards in the background (an ST-Link line, see
 * {@link dev.reclaim.workflow.station.WitnessOverlap}), the boards on the fixture are listed with their PASS / FAIL
 * as it arrives, and the large verdict stays with the device the probe is on. The next real device starts when it
 * is attached, or on {@link #next()} (a key).
 * The recipe is a shipped one or a recipe file, checked when it is chosen and remembered for the next session.
 */
public final class LineViewModel {
    /** What the big verdict shows. */
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String WORKING = "WORKING";
    public static final String ATTACH = "ATTACH NEXT";

    /** The recipe a line starts with when none was chosen before. */
    public static final String DEFAULT_RECIPE = "recover-particle";

    private final Operations ops;
    private final Function<Recipe, Station> station;
    private final Consumer<String> remember;
    private final ObservableList<String> recipeChoices = FXCollections.observableArrayList(Recipes.SHIPPED);
    private final ReadOnlyStringWrapper recipeChoice = new ReadOnlyStringWrapper(this, "recipeChoice", "");
    private final ReadOnlyObjectWrapper<Recipe> recipe = new ReadOnlyObjectWrapper<>(this, "recipe");
    private final ReadOnlyStringWrapper recipeProblem = new ReadOnlyStringWrapper(this, "recipeProblem", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ReadOnlyIntegerWrapper passed = new ReadOnlyIntegerWrapper(this, "passed", 0);
    private final ReadOnlyStringWrapper tally = new ReadOnlyStringWrapper(this, "tally", "No device yet.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final IntegerProperty shiftSize = new SimpleIntegerProperty(this, "shiftSize", 100);
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper(this, "mode", "");
    private final ObservableList<String> fixture = FXCollections.observableArrayList();
    /** The device the probe is on or waits for; a later device's result does not take the large verdict. */
    private int onProbe;
    private final AtomicBoolean goOn = new AtomicBoolean();
    private Cancellation cancellation = Cancellation.none();

    /**
     * @param station    the station to run a recipe (on the device in use, into the journal), made when a shift starts
     * @param remembered the recipe chosen last session (a shipped name or a file), "" for none
     * @param remember   keeps the recipe chosen for the next session
     */
    public LineViewModel(Operations ops, Function<Recipe, Station> station, String remembered,
                         Consumer<String> remember) {
        this.ops = ops;
        this.station = station;
        this.remember = remember;
        if (remembered.isEmpty() || !choose(remembered)) {
            String problem = recipeProblem.get();
            choose(DEFAULT_RECIPE);
            recipeProblem.set(problem.isEmpty() ? "" : problem + " The line uses " + DEFAULT_RECIPE + " instead.");
        }
    }

    /** Chooses a shipped recipe by name, or a recipe file chosen before by its path. */
    public void chooseRecipe(String nameOrFile) {
        choose(nameOrFile);
    }

    /** Chooses a recipe file; a file that does not load leaves the recipe as it was and says why (file, line). */
    public void openRecipeFile(Path file) {
        choose(file.toAbsolutePath().toString());
    }

    /** Loads and checks a recipe; true when it is the line's recipe now. */
    private boolean choose(String nameOrFile) {
        if (running.get() || nameOrFile == null || nameOrFile.equals(recipeChoice.get())) {
            return nameOrFile != null && nameOrFile.equals(recipeChoice.get());
        }
        try {
            Recipe loaded = Recipes.load(nameOrFile);
            if (!recipeChoices.contains(nameOrFile)) {
                recipeChoices.add(nameOrFile);
            }
            recipe.set(loaded);
            recipeChoice.set(nameOrFile);
            recipeProblem.set("");
            remember.accept(nameOrFile);
            return true;
        } catch (RecipeException e) {
            recipeProblem.set(e.getMessage());
            return false;
        }
    }

    /** Starts a shift of {@link #shiftSizeProperty()} devices. */
    public void start() {
        Recipe chosen = recipe.get();
        if (running.get() || chosen == null) {
            return;
        }
        count.set(0);
        passed.set(0);
        tally.set("No device yet.");
        fixture.clear();
        onProbe = 0;
        running.set(true);
        cancellation = new Cancellation();
        Cancellation mine = cancellation;
        int size = shiftSize.get();
        Station shift = station.apply(chosen);
        mode.set(shift.overlapped() ? "Boards are witnessed on the fixture while the probe works on the next."
                : shift.sequentialBecause().map(why -> "One device at a time: " + why + ".").orElse(""));
        ops.job("run the line", p -> shift.run(size, mine, new Listener(),
                () -> goOn.getAndSet(false))).andFinally(() -> running.set(false)).start();
    }

    /** The operator's key: the next device is attached, start it. */
    public void next() {
        goOn.set(true);
    }

    /**
     * Ends the shift after the device being worked on; boards still being witnessed stop waiting and are journaled
     * as stopped.
     */
    public void stop() {
        cancellation.cancel();
    }

    /** The shipped recipes, then the recipe files chosen this session. */
    public ObservableList<String> recipeChoices() {
        return recipeChoices;
    }

    /** The recipe in use: a shipped recipe's name or a recipe file's path. */
    public ReadOnlyStringProperty recipeChoiceProperty() {
        return recipeChoice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Recipe> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    /** Why the recipe last chosen cannot be used (its file, line and field), empty when it can. */
    public ReadOnlyStringProperty recipeProblemProperty() {
        return recipeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The failed step and why, in plain words; empty after a pass. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The device worked on (or last worked on). */
    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    /** The step running on it now. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    /** "12 devices, 11 passed, yield 92%". */
    public ReadOnlyStringProperty tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether boards are witnessed in the background, or why the station works on one device at a time. */
    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The boards reset and witnessed in the background: "Device 3 …: witnessing…", then their PASS / FAIL. */
    public ObservableList<String> fixture() {
        return FXCollections.unmodifiableObservableList(fixture);
    }

    public IntegerProperty shiftSizeProperty() {
        return shiftSize;
    }

    /** The station's reports, from its threads onto the FX thread. */
    private final class Listener implements ShiftListener {
        /** Boards kept in the fixture list after their result, for the operator to sort them. */
        private static final int FINISHED_SHOWN = 8;

        @Override
        public void awaitingDevice(int number, String lastDeviceId) {
            Platform.runLater(() -> {
                onProbe = number;
                verdict.set(ATTACH);
                step.set("Attach device " + number + ": it starts by itself, or press Space when it is attached.");
            });
        }

        @Override
        public void cannotSenseDevice(int number, String why) {
            Platform.runLater(() -> step.set("Put the next board on and press Space. " + why));
        }

        @Override
        public void deviceStarted(int number, String description) {
            Platform.runLater(() -> {
                onProbe = number;
                verdict.set(WORKING);
                failure.set("");
                device.set("Device " + number + ": " + description);
            });
        }

        @Override
        public void stepStarted(int number, WizardStep s) {
            Platform.runLater(() -> step.set(s.title() + "…"));
        }

        @Override
        public void stepFinished(StepRecord record) {
            // The next step's start (or the device's result) says more.
        }

        @Override
        public void deviceWitnessing(int number, String deviceId) {
            Platform.runLater(() -> {
                fixture.add(0, board(number, deviceId) + ": witnessing its handshake…");
                step.set("");
            });
        }

        @Override
        public void deviceFinished(DeviceResult r) {
            Platform.runLater(() -> {
                String result = r.passed() ? PASS : FAIL + " at " + r.failedStep() + ": " + r.detail();
                String prefix = board(r.number(), r.deviceId()) + ":";
                boolean witnessed = fixture.removeIf(line -> line.startsWith(prefix));
                if (witnessed) {
                    fixture.add(0, prefix + " " + result + String.format(Locale.ROOT, " (%.1f s)", r.seconds()));
                    long finished = fixture.stream().filter(line -> !line.endsWith("…")).count();
                    if (finished > FINISHED_SHOWN) {
                        fixture.remove(fixture.size() - 1);
                    }
                }
                if (r.number() >= onProbe) {
                    // The probe is not on a later device: this result is the line's latest news.
                    verdict.set(r.passed() ? PASS : FAIL);
                    failure.set(r.passed() ? "" : r.failedStep() + " failed: " + r.detail());
                    device.set("Device " + r.number() + ": " + (r.deviceId().isEmpty() ? "not identified"
                            : r.deviceId()) + String.format(Locale.ROOT, " (%.1f s)", r.seconds()));
                    step.set("");
                }
                count.set(count.get() + 1);
                passed.set(passed.get() + (r.passed() ? 1 : 0));
                tally.set(String.format(Locale.ROOT, "%d %s, %d passed, yield %.0f%%", count.get(),
                        count.get() == 1 ? "device" : "devices", passed.get(), 100.0 * passed.get() / count.get()));
            });
        }

        private static String board(int number, String deviceId) {
            return "Device " + number + " " + (deviceId.isEmpty() ? "(not identified)" : deviceId);
        }
    }
}

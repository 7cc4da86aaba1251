package dev.reclaim.ui.device;

import dev.reclaim.workflow.device.Attachment;
import dev.reclaim.workflow.device.Candidate;
import dev.reclaim.workflow.device.DeviceKind;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceScanner;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.device.StLinkSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The device panel's state: the simulated P1 first, then the probes and the serial ports, re-listed periodically
 * off the FX thread (they come and go as they are plugged), with the selection kept across refreshes. The choices
 * beside the list are the registry's kinds — how the simulator is reached, what a port is wired to — so the panel
 * offers every kind the command line has, and the selection is a typed {@link DeviceSpec}.
 */
public final class DevicePanelViewModel {
    private final DeviceScanner scanner;
    private final Executor executor;
    private final DeviceChoice simulated = new DeviceChoice.Simulated();
    private final ObservableList<DeviceChoice> devices = FXCollections.observableArrayList(simulated);
    private final ObservableList<String> scenarios;
    private final ObservableList<DeviceKind> accesses =
            FXCollections.observableArrayList(DeviceKinds.attachingTo(Attachment.SIMULATOR));
    private final ObservableList<DeviceKind> roles =
            FXCollections.observableArrayList(DeviceKinds.attachingTo(Attachment.SERIAL_PORT));
    private final Optional<DeviceKind> probeKind =
            DeviceKinds.attachingTo(Attachment.USB_PROBE).stream().findFirst();
    private final ObjectProperty<DeviceChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty scenario;
    private final ObjectProperty<DeviceKind> access;
    private final ObjectProperty<DeviceKind> role;
    /**
     * The words after the scenario of a simulated ST-Link ({@code bench=line1}, {@code unplug=3}): kept from a spec
     * selected, e.g. the command line's, so a station's bench is not lost; "" for none.
     */
    private final StringProperty simulatorOptions = new SimpleStringProperty(this, "simulatorOptions", "");
    private final ReadOnlyBooleanWrapper simulatorOptionsApply = new ReadOnlyBooleanWrapper(this, "optionsApply");
    private final ReadOnlyStringWrapper simulatorOptionsProblem = new ReadOnlyStringWrapper(this, "optionsProblem");
    private final ReadOnlyObjectWrapper<DeviceSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    /** "Connect under reset": the session of an ST-Link kind is opened attaching under reset from the start. */
    private final BooleanProperty underReset = new SimpleBooleanProperty(this, "underReset", false);
    private final ReadOnlyBooleanWrapper stLinkSelected = new ReadOnlyBooleanWrapper(this, "stLinkSelected");
    private final ReadOnlyObjectWrapper<StLinkSettings> stLinkSettings =
            new ReadOnlyObjectWrapper<>(this, "stLinkSettings");
    private final ReadOnlyStringWrapper scanProblem = new ReadOnlyStringWrapper(this, "scanProblem", "");
    /** Ports named on the command line stay listed even when the scan does not see them (a pty, say). */
    private final Map<String, Candidate> pinned = new LinkedHashMap<>();
    /** Ticks on the FX thread, so stopping it is immediate; each tick starts one scan unless one still runs. */
    private final Timeline refresher;
    private Task<Optional<DeviceScanner.Scan>> scanning;
    /** A probe named on the command line, selected as soon as a scan finds it ("" = the only one). */
    private String wantedProbe;

    public DevicePanelViewModel(DeviceScanner scanner, Executor executor, Duration period) {
        this.scanner = scanner;
        this.executor = executor;
        DeviceKind defaultAccess = DeviceKinds.DEFAULT.kind();
        this.access = new SimpleObjectProperty<>(this, "access", defaultAccess);
        this.scenario = new SimpleStringProperty(this, "scenario", DeviceKinds.DEFAULT.argument());
        this.scenarios = FXCollections.observableArrayList(candidates(defaultAccess).stream()
                .map(Candidate::argument).toList());
        // A port picked defaults to listening: it opens nothing on the device.
        this.role = new SimpleObjectProperty<>(this, "role", roles.stream().filter(DeviceKind::reachesLog)
                .findFirst().orElse(roles.isEmpty() ? null : roles.get(0)));
        simulatorOptionsApply.bind(Bindings.createBooleanBinding(() -> selected.get() instanceof DeviceChoice.Simulated
                && access.get() != null && access.get().takesStLinkSettings(), selected, access));
        simulatorOptionsProblem.bind(Bindings.createStringBinding(() -> optionsProblem().orElse(""),
                selected, scenario, access, simulatorOptions));
        spec.bind(Bindings.createObjectBinding(this::currentSpec, selected, scenario, access, role,
                simulatorOptions));
        stLinkSelected.bind(Bindings.createBooleanBinding(
                () -> spec.get() != null && spec.get().kind().takesStLinkSettings(), spec));
        stLinkSettings.bind(Bindings.createObjectBinding(
                () -> StLinkSettings.defaults().withUnderReset(underReset.get()), underReset));
        refresher = new Timeline(new KeyFrame(period, e -> refreshNow()));
        refresher.setCycleCount(Animation.INDEFINITE);
    }

    /** Lists the ports now and then every period, until {@link #stopRefreshing()}. */
    public void startRefreshing() {
        if (refresher.getStatus() != Animation.Status.RUNNING) {
            refreshNow();
            refresher.play();
        }
    }

    public void stopRefreshing() {
        refresher.stop();
    }

    /** Lists the ports and probes once now, off the FX thread (the Refresh button, F5); skipped while one runs. */
    public void refreshNow() {
        if (scanning != null && scanning.isRunning()) {
            return;
        }
        Task<Optional<DeviceScanner.Scan>> t = new Task<>() {
            @Override
            protected Optional<DeviceScanner.Scan> call() {
                return scanner.poll();
            }
        };
        t.setOnSucceeded(e -> t.getValue().ifPresent(this::apply));
        t.setOnFailed(e -> scanProblem.set(failureText(t.getException())));
        scanning = t;
        executor.execute(t);
    }

    /**
     * Selects the device a spec names. A port not listed is added (a pty, say); a probe not plugged in yet is
     * selected when it appears.
     */
    public void select(DeviceSpec device) {
        DeviceKind kind = device.kind();
        switch (kind.attachment()) {
            case SIMULATOR -> {
                // the scenario is the argument's first word; a simulated ST-Link's probe faults and bench follow
                String[] words = device.argument().split(",", 2);
                access.set(kind);
                simulatorOptions.set(words.length > 1 ? words[1] : "");
                scenario.set(words[0]);
                selected.set(simulated);
            }
            case SERIAL_PORT -> {
                String path = device.argument();
                role.set(kind);
                Candidate port = currentPorts().stream()
                        .filter(p -> p.argument().equals(path) || p.title().equals(path)).findFirst()
                        .orElseGet(() -> new Candidate(path, shortName(path), "named on the command line"));
                pinned.put(port.argument(), port);
                rebuild(currentPorts(), currentProbes());
                selected.set(devices.stream().filter(d -> d instanceof DeviceChoice.Port p
                        && p.path().equals(port.argument())).findFirst().orElse(null));
            }
            case USB_PROBE -> {
                wantedProbe = device.argument();
                selectWantedProbe();
            }
        }
    }

    public ObservableList<DeviceChoice> devices() {
        return devices;
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    /** How the simulated P1 can be reached (its UART bootloader, its simulated ST-Link). */
    public ObservableList<DeviceKind> accesses() {
        return accesses;
    }

    /** What a serial port can be wired to (the log output, the UART bootloader). */
    public ObservableList<DeviceKind> roles() {
        return roles;
    }

    public ObjectProperty<DeviceChoice> selectedProperty() {
        return selected;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<DeviceKind> accessProperty() {
        return access;
    }

    public ObjectProperty<DeviceKind> roleProperty() {
        return role;
    }

    /** What follows the scenario when the simulator is reached through its ST-Link: {@code bench=NAME}, faults. */
    public StringProperty simulatorOptionsProperty() {
        return simulatorOptions;
    }

    /** True when the simulator is selected and reached through its simulated ST-Link, which takes options. */
    public ReadOnlyBooleanProperty simulatorOptionsApplyProperty() {
        return simulatorOptionsApply.getReadOnlyProperty();
    }

    /** Why the options do not make a device (then no device is selected), or "". */
    public ReadOnlyStringProperty simulatorOptionsProblemProperty() {
        return simulatorOptionsProblem.getReadOnlyProperty();
    }

    /** The selected device, or null when nothing is selected. */
    public ReadOnlyObjectProperty<DeviceSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Why the last listing failed, or "". */
    public BooleanProperty underResetProperty() {
        return underReset;
    }

    /** Whether the selected device is reached through an ST-Link, so "Connect under reset" means something. */
    public ReadOnlyBooleanProperty stLinkSelectedProperty() {
        return stLinkSelected.getReadOnlyProperty();
    }

    /** How an ST-Link session is to attach: into the {@code DeviceOptions} the device is opened with. */
    public ReadOnlyObjectProperty<StLinkSettings> stLinkSettingsProperty() {
        return stLinkSettings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scanProblemProperty() {
        return scanProblem.getReadOnlyProperty();
    }

    private void apply(DeviceScanner.Scan scan) {
        scanProblem.set(scan.probeProblem());
        rebuild(scan.ports(), scan.probes());
    }

    private void rebuild(List<Candidate> scanned, List<Candidate> probesFound) {
        Map<String, Candidate> ports = new LinkedHashMap<>();
        scanned.forEach(p -> ports.put(p.argument(), p));
        pinned.forEach(ports::putIfAbsent);
        List<DeviceChoice> next = new ArrayList<>();
        next.add(simulated);
        probeKind.ifPresent(kind -> probesFound.forEach(p -> next.add(new DeviceChoice.Probe(kind, p))));
        ports.values().forEach(p -> next.add(new DeviceChoice.Port(p)));
        if (next.equals(devices)) {
            return;
        }
        DeviceChoice was = selected.get();
        devices.setAll(next);
        // Keep the selection on the same port or probe even if its description changed; one that went away is
        // deselected.
        if (was instanceof DeviceChoice.Port || was instanceof DeviceChoice.Probe) {
            selected.set(next.stream().filter(d -> sameDevice(d, was)).findFirst().orElse(null));
        }
        selectWantedProbe();
    }

    private static boolean sameDevice(DeviceChoice a, DeviceChoice b) {
        if (a instanceof DeviceChoice.Port p && b instanceof DeviceChoice.Port q) {
            return p.path().equals(q.path());
        }
        return a instanceof DeviceChoice.Probe p && b instanceof DeviceChoice.Probe q
                && p.probe().argument().equals(q.probe().argument()) && p.title().equals(q.title());
    }

    private void selectWantedProbe() {
        if (wantedProbe == null) {
            return;
        }
        devices.stream().filter(d -> d instanceof DeviceChoice.Probe p && (wantedProbe.isEmpty()
                || p.probe().argument().equalsIgnoreCase(wantedProbe))).findFirst().ifPresent(d -> {
                    wantedProbe = null;
                    selected.set(d);
                });
    }

    private List<Candidate> currentProbes() {
        return devices.stream().filter(d -> d instanceof DeviceChoice.Probe)
                .map(d -> ((DeviceChoice.Probe) d).probe()).toList();
    }

    private List<Candidate> currentPorts() {
        return devices.stream().filter(d -> d instanceof DeviceChoice.Port)
                .map(d -> ((DeviceChoice.Port) d).port()).toList();
    }

    private DeviceSpec currentSpec() {
        DeviceChoice d = selected.get();
        if (d instanceof DeviceChoice.Simulated) {
            return optionsProblem().isPresent() ? null : access.get().spec(simulatorArgument());
        }
        if (d instanceof DeviceChoice.Port p) {
            return role.get().spec(p.path());
        }
        if (d instanceof DeviceChoice.Probe p) {
            return p.kind().spec(p.probe().argument());
        }
        return null;
    }

    /** The scenario, then the options when the access takes them (the plain simulator takes none). */
    private String simulatorArgument() {
        String options = simulatorOptions.get() == null ? "" : simulatorOptions.get().strip();
        return options.isEmpty() || !simulatorOptionsApply.get() ? scenario.get() : scenario.get() + "," + options;
    }

    /** The kind's own words on options it does not take ("bench= needs a name, …"); empty when they are good. */
    private Optional<String> optionsProblem() {
        if (!simulatorOptionsApply.get() || scenario.get() == null) {
            return Optional.empty();
        }
        try {
            access.get().spec(simulatorArgument());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("Options: " + e.getMessage());
        }
    }

    /** The simulator's scenarios: listing them reads resources only, never fails. */
    private static List<Candidate> candidates(DeviceKind kind) {
        try {
            return kind.candidates();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shortName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String failureText(Throwable t) {
        return "Could not list serial ports" + (t == null || t.getMessage() == null ? "." : ": " + t.getMessage());
    }
}

package dev.reclaim.ui.device;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.workflow.DeviceSpec;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The device panel's state: the simulated P1 first, then the serial ports, re-listed periodically off the FX thread
 * (ports come and go as adapters are plugged), with the selection kept across refreshes. The selection, the
 * simulator's scenario and a port's role combine into a device spec ("sim:keys-rejected", "bootloader:/dev/ttyUSB0"),
 * the same words the command line's {@code --device}/{@code --via} take.
 */
public final class DevicePanelViewModel {
    /** Scenario names of the simulated P1; "keys-rejected" is the P1 failure Reclaim is about. */
    public static final List<String> SCENARIOS = Scenarios.NAMES;
    public static final String DEFAULT_SCENARIO = DeviceSpec.DEFAULT_SCENARIO;

    private final PortScanner scanner;
    private final Executor executor;
    private final DeviceChoice simulated = new DeviceChoice.Simulated();
    private final ObservableList<DeviceChoice> devices = FXCollections.observableArrayList(simulated);
    private final ObservableList<String> scenarios = FXCollections.observableArrayList(SCENARIOS);
    private final ObjectProperty<DeviceChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty scenario = new SimpleStringProperty(this, "scenario", DEFAULT_SCENARIO);
    private final ObjectProperty<PortRole> role = new SimpleObjectProperty<>(this, "role", PortRole.LOG);
    private final ReadOnlyStringWrapper spec = new ReadOnlyStringWrapper(this, "spec", "");
    private final ReadOnlyStringWrapper scanProblem = new ReadOnlyStringWrapper(this, "scanProblem", "");
    /** Ports named on the command line stay listed even when the scan does not see them (a pty, say). */
    private final Map<String, PortInfo> pinned = new LinkedHashMap<>();
    /** Ticks on the FX thread, so stopping it is immediate; each tick starts one scan unless one still runs. */
    private final Timeline refresher;
    private Task<List<PortInfo>> scanning;

    public DevicePanelViewModel(PortScanner scanner, Executor executor, Duration period) {
        this.scanner = scanner;
        this.executor = executor;
        spec.bind(Bindings.createStringBinding(this::currentSpec, selected, scenario, role));
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

    /** Lists the ports once now, off the FX thread (the Refresh button, F5); skipped while a scan still runs. */
    public void refreshNow() {
        if (scanning != null && scanning.isRunning()) {
            return;
        }
        Task<List<PortInfo>> t = scanTask();
        t.setOnSucceeded(e -> apply(t.getValue()));
        t.setOnFailed(e -> scanProblem.set(failureText(t.getException())));
        scanning = t;
        executor.execute(t);
    }

    /**
     * Selects the device a spec names: {@code sim[:SCENARIO]}, {@code serial:PORT} or {@code bootloader:PORT}
     * (parsed as the command line's {@code --via} is).
     *
     * @throws IllegalArgumentException naming the spec and the accepted forms
     */
    public void select(String deviceSpec) {
        DeviceSpec spec = DeviceSpec.parse(deviceSpec);
        switch (spec.kind()) {
            case SIM -> {
                Scenarios.load(spec.argument()); // names the scenarios there are when this one is not
                scenario.set(spec.argument());
                selected.set(simulated);
            }
            case SERIAL, BOOTLOADER -> {
                String arg = spec.argument();
                role.set(spec.kind() == DeviceSpec.Kind.SERIAL ? PortRole.LOG : PortRole.BOOTLOADER);
                PortInfo port = find(arg).orElseGet(() -> new PortInfo(shortName(arg), arg, "named on the command line",
                        OptionalInt.empty(), OptionalInt.empty()));
                pinned.put(port.path(), port);
                rebuild(currentPorts());
                selected.set(devices.stream().filter(d -> d instanceof DeviceChoice.Port p
                        && p.port().path().equals(port.path())).findFirst().orElse(null));
            }
            default -> throw new IllegalArgumentException("'" + spec + "' is not supported by the workstation yet:"
                    + " use sim[:SCENARIO], serial:PORT or bootloader:PORT.");
        }
    }

    public ObservableList<DeviceChoice> devices() {
        return devices;
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    public ObjectProperty<DeviceChoice> selectedProperty() {
        return selected;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<PortRole> roleProperty() {
        return role;
    }

    /** The selected device as a spec ("sim:keys-rejected"), or "" when nothing is selected. */
    public ReadOnlyStringProperty specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Why the last port listing failed, or "". */
    public ReadOnlyStringProperty scanProblemProperty() {
        return scanProblem.getReadOnlyProperty();
    }

    private Task<List<PortInfo>> scanTask() {
        return new Task<>() {
            @Override
            protected List<PortInfo> call() {
                return scanner.scan();
            }
        };
    }

    private void apply(List<PortInfo> scanned) {
        scanProblem.set("");
        rebuild(scanned);
    }

    private void rebuild(List<PortInfo> scanned) {
        Map<String, PortInfo> ports = new LinkedHashMap<>();
        scanned.forEach(p -> ports.put(p.path(), p));
        pinned.forEach(ports::putIfAbsent);
        List<DeviceChoice> next = new ArrayList<>();
        next.add(simulated);
        ports.values().forEach(p -> next.add(new DeviceChoice.Port(p)));
        if (next.equals(devices)) {
            return;
        }
        DeviceChoice was = selected.get();
        devices.setAll(next);
        // Keep the selection on the same port even if its description changed; a port that went away is deselected.
        if (was instanceof DeviceChoice.Port p) {
            selected.set(next.stream().filter(d -> d instanceof DeviceChoice.Port q
                    && q.port().path().equals(p.port().path())).findFirst().orElse(null));
        }
    }

    private List<PortInfo> currentPorts() {
        return devices.stream().filter(d -> d instanceof DeviceChoice.Port)
                .map(d -> ((DeviceChoice.Port) d).port()).toList();
    }

    private java.util.Optional<PortInfo> find(String nameOrPath) {
        return currentPorts().stream()
                .filter(p -> p.path().equals(nameOrPath) || p.systemName().equals(nameOrPath)).findFirst();
    }

    private String currentSpec() {
        DeviceChoice d = selected.get();
        if (d instanceof DeviceChoice.Simulated) {
            return "sim:" + Objects.requireNonNullElse(scenario.get(), DEFAULT_SCENARIO);
        }
        if (d instanceof DeviceChoice.Port p) {
            return role.get().specPrefix() + ":" + p.port().path();
        }
        return "";
    }

    private static String shortName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String failureText(Throwable t) {
        return "Could not list serial ports" + (t == null || t.getMessage() == null ? "." : ": " + t.getMessage());
    }
}

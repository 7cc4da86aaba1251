package dev.reclaim.ui.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import dev.reclaim.link.StLinkProbe;
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
 * The device panel's state: the simulated P1 first, then the ST-Link probes and the serial ports, re-listed
 * periodically off the FX thread (they come and go as they are plugged), with the selection kept across refreshes. The selection, the
 * simulator's scenario and a port's role combine into a device spec ("sim:keys-rejected", "bootloader:/dev/ttyUSB0"),
 * the same words the command line's {@code --device}/{@code --via} take.
 */
public final class DevicePanelViewModel {
    /** Scenario names of the simulated P1; "keys-rejected" is the P1 failure Reclaim is about. */
    public static final List<String> SCENARIOS = Scenarios.NAMES;
    public static final String DEFAULT_SCENARIO = DeviceSpec.DEFAULT_SCENARIO;

    private final PortScanner scanner;
    private final ProbeScanner probes;
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
    private Task<Scan> scanning;
    /** A probe named on the command line, selected as soon as a scan finds it ("" = the only one). */
    private String wantedProbe;

    public DevicePanelViewModel(PortScanner scanner, ProbeScanner probes, Executor executor, Duration period) {
        this.scanner = scanner;
        this.probes = probes;
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
        Task<Scan> t = scanTask();
        t.setOnSucceeded(e -> apply(t.getValue()));
        t.setOnFailed(e -> scanProblem.set(failureText(t.getException())));
        scanning = t;
        executor.execute(t);
    }

    /**
     * Selects the device a spec names: {@code sim[:SCENARIO]}, {@code stlink[:SERIAL]}, {@code serial:PORT} or
     * {@code bootloader:PORT} (parsed as the command line's {@code --via} is). A probe not plugged in yet is
     * selected when it appears.
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
                rebuild(currentPorts(), currentProbes());
                selected.set(devices.stream().filter(d -> d instanceof DeviceChoice.Port p
                        && p.port().path().equals(port.path())).findFirst().orElse(null));
            }
            case STLINK -> {
                wantedProbe = spec.argument();
                selectWantedProbe();
            }
            default -> throw new IllegalArgumentException("'" + spec + "' is not for the workstation: use"
                    + " sim[:SCENARIO] (its simulated P1 keeps its flash between reads and writes), stlink[:SERIAL],"
                    + " serial:PORT or bootloader:PORT.");
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

    /** What one listing found: the serial ports, the ST-Link probes, and why probes could not be listed, if so. */
    private record Scan(List<PortInfo> ports, List<StLinkProbe> probes, String probeProblem) {
    }

    private Task<Scan> scanTask() {
        return new Task<>() {
            @Override
            protected Scan call() {
                List<PortInfo> ports = scanner.scan();
                try {
                    return new Scan(ports, probes.scan(), "");
                } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                    // No USB access (no libusb, no permission) must not hide the serial ports.
                    return new Scan(ports, List.of(), "ST-Link probes cannot be listed: " + e.getMessage());
                }
            }
        };
    }

    private void apply(Scan scan) {
        scanProblem.set(scan.probeProblem());
        rebuild(scan.ports(), scan.probes());
    }

    private void rebuild(List<PortInfo> scanned, List<StLinkProbe> probesFound) {
        Map<String, PortInfo> ports = new LinkedHashMap<>();
        scanned.forEach(p -> ports.put(p.path(), p));
        pinned.forEach(ports::putIfAbsent);
        List<DeviceChoice> next = new ArrayList<>();
        next.add(simulated);
        probesFound.forEach(p -> next.add(new DeviceChoice.Probe(p)));
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
            return p.port().path().equals(q.port().path());
        }
        return a instanceof DeviceChoice.Probe p && b instanceof DeviceChoice.Probe q && p.spec().equals(q.spec())
                && p.probe().bus() == q.probe().bus() && p.probe().address() == q.probe().address();
    }

    private void selectWantedProbe() {
        if (wantedProbe == null) {
            return;
        }
        devices.stream().filter(d -> d instanceof DeviceChoice.Probe p && (wantedProbe.isEmpty()
                || p.probe().serial().map(wantedProbe::equalsIgnoreCase).orElse(false))).findFirst().ifPresent(d -> {
                    wantedProbe = null;
                    selected.set(d);
                });
    }

    private List<StLinkProbe> currentProbes() {
        return devices.stream().filter(d -> d instanceof DeviceChoice.Probe)
                .map(d -> ((DeviceChoice.Probe) d).probe()).toList();
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
        if (d instanceof DeviceChoice.Probe p) {
            return p.spec();
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

package dev.reclaim.ui;

import dev.reclaim.ui.device.DeviceViewModel;
import dev.reclaim.ui.device.IdentityCard;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.journal.Journals;
import dev.reclaim.ui.history.HistoryView;
import dev.reclaim.ui.line.LineView;
import dev.reclaim.ui.line.LineViewModel;
import dev.reclaim.ui.report.ReportView;
import dev.reclaim.ui.report.ReportViewModel;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.station.Station;
import dev.reclaim.workflow.station.WitnessOverlap;
import dev.reclaim.ui.common.Confirm;
import dev.reclaim.ui.wizard.CloudAccess;
import dev.reclaim.ui.wizard.TokenDialog;
import dev.reclaim.ui.wizard.WizardDialog;
import dev.reclaim.ui.wizard.Wizards;
import dev.reclaim.workflow.Identity;
import dev.reclaim.workflow.device.DeviceSession;
import java.time.Clock;
import java.util.Optional;
import dev.reclaim.ui.history.HistoryViewModel;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.FileDrop;
import dev.reclaim.ui.common.FileKind;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.common.Problem;
import dev.reclaim.ui.common.ProblemBanner;
import dev.reclaim.ui.common.Theme;
import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.ui.dct.DctEditorView;
import dev.reclaim.ui.dct.DctEditorViewModel;
import dev.reclaim.ui.device.DevicePanel;
import dev.reclaim.ui.device.DevicePanelViewModel;
import dev.reclaim.ui.hex.EditHistory;
import dev.reclaim.ui.log.HandshakePanel;
import dev.reclaim.ui.log.HandshakeViewModel;
import dev.reclaim.ui.log.LogView;
import dev.reclaim.finding.WizardId;
import dev.reclaim.ui.common.FramePump;
import dev.reclaim.ui.log.LogViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The workstation window: device panel on the left, the log with its handshake analysis and the DCT editor in the
 * centre, the status bar below, menus with shortcuts above. It wires the feature views to their view models and
 * turns menu commands into calls on them; the features do the work.
 */
public final class MainWindow {
    /** What the window needs from outside; tests pass their own executor, preferences and device scanner. */
    public record Services(Executor executor, WindowMemory memory, DeviceScanner scanner,
                           Function<Window, FileDialogs> dialogs, DeviceOptions devices, BackupStore backups,
                           Path home) {
    }

    static final List<FileChooser.ExtensionFilter> OPEN_FILTERS = List.of(
            new FileChooser.ExtensionFilter("Logs and DCT images", "*.log", "*.txt", "*.bin", "*.dct", "*.hex"),
            new FileChooser.ExtensionFilter("All files", "*"));
    static final List<FileChooser.ExtensionFilter> DCT_FILTERS = List.of(
            new FileChooser.ExtensionFilter("DCT images", "*.bin", "*.dct"),
            new FileChooser.ExtensionFilter("All files", "*"));

    private final Stage stage;
    private final Services services;
    private final FileDialogs dialogs;
    private final ProblemBanner banner = new ProblemBanner();
    private final Operations ops;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final DevicePanelViewModel devices;
    private final DeviceViewModel device;
    private final LogFeeds feeds;
    private final DeviceDctCommands deviceDct;
    private final LogViewModel log = new LogViewModel();
    private final HandshakeViewModel handshakes = new HandshakeViewModel();
    private final FramePump frames = new FramePump();
    private final DctEditorViewModel dct;
    private final LogView logView;
    private final HandshakePanel handshakePanel;
    private final DctEditorView dctView;
    private final TabPane tabs = new TabPane();
    private final Tab logTab = new Tab("Log & Handshake");
    private final Tab dctTab = new Tab("DCT Editor");
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane logSplit = new SplitPane();
    private final MainMenu menu = new MainMenu();
    private final Scene scene;
    private final Wizards wizards;
    private WizardDialog openWizard;
    private HistoryViewModel history;
    private Stage historyStage;
    private LineViewModel line;
    private Stage lineStage;
    private ReportViewModel report;
    private Stage reportStage;

    public MainWindow(Stage stage, Services services, String deviceSpec) {
        this.stage = stage;
        this.services = services;
        this.dialogs = services.dialogs().apply(stage);
        this.ops = new Operations(services.executor(), banner);
        this.devices = new DevicePanelViewModel(services.scanner(), services.executor(),
                Duration.seconds(2));
        this.device = new DeviceViewModel(ops, services.devices(), services.backups());
        this.feeds = new LogFeeds(log, handshakes, ops);
        this.wizards = new Wizards(services.executor(), services.backups(), services.home(),
                CloudAccess.forUser((cloud, refused) -> TokenDialog.ask(stage, cloud, refused)),
                // asked over the wizard's window, which is in front and stays there once the question is answered
                (question, objections) -> Confirm.askFromWorker(openWizard != null ? openWizard : stage, question,
                        "• " + String.join("\n• ", objections), "Restore anyway"),
                // the witness hears the device's log through the log view, which already reads it
                feeds::attemptsOf);
        this.dct = new DctEditorViewModel(ops, services.executor());
        this.logView = new LogView(log, ops, dialogs);
        this.handshakePanel = new HandshakePanel(handshakes, this::showLogLine, this::fix);
        this.dctView = new DctEditorView(dct, dialogs, new DctEditorView.Actions(this::readDevice, this::writeDevice,
                this::compareWithDevice, this::fix));
        this.deviceDct = new DeviceDctCommands(stage, device, dct, dctView, ops, banner);

        DevicePanel devicePanel = new DevicePanel(devices);
        devicePanel.setIdentityCard(new IdentityCard(device));

        logSplit.getStyleClass().add("inner-split");
        logSplit.getItems().addAll(logView, handshakePanel);
        logSplit.setDividerPositions(0.62);
        logTab.setContent(logSplit);
        logTab.setId("tab-log");
        // The editor joins the scene when its tab is first shown: the first frame then styles and lays out only the
        // log side, which is what a first launch looks at.
        dctTab.selectedProperty().addListener((o, was, now) -> {
            if (now && dctTab.getContent() == null) {
                dctTab.setContent(dctView);
            }
        });
        dctTab.setId("tab-dct");
        dctTab.textProperty().bind(Bindings.concat("DCT Editor — ", dct.titleProperty()));
        tabs.getTabs().addAll(logTab, dctTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        mainSplit.getStyleClass().add("main-split");
        mainSplit.getItems().addAll(devicePanel, tabs);
        mainSplit.setDividerPositions(0.215);
        SplitPane.setResizableWithParent(devicePanel, false);

        BorderPane root = new BorderPane(mainSplit);
        root.setId("main-root");
        root.setTop(new VBox(menu.build(this), banner));
        root.setBottom(new StatusBar(device.linkStateProperty(), device.linkOkProperty(), ops));
        FileDrop.install(root, paths -> paths.forEach(this::openFile));

        scene = new Scene(root);
        theme.addListener((o, old, t) -> {
            t.applyTo(scene);
            dctView.paletteProperty().set(t.palette());
            logView.paletteProperty().set(t.palette());
            if (old != null) {
                // only a change is saved: writing the preferences at start loaded the JDK's XML writer and
                // flushed a file on the FX thread before the first window (about 0.1 s idle, seconds under load)
                services.memory().theme(t);
            }
        });
        theme.set(services.memory().theme());

        stage.titleProperty().bind(Bindings.concat("Reclaim — ", device.linkStateProperty()));
        stage.setScene(scene);
        services.memory().restore(stage, 1360, 860);
        services.memory().track("main", mainSplit);
        services.memory().track("log", logSplit);
        stage.setOnCloseRequest(e -> {
            services.memory().remember(stage);
            dispose();
        });
        frames.add(log::drain).add(handshakes::drain);
        frames.start();
        device.setLogHandlers(feeds::follow, feeds::stop);
        device.setDctHandler(deviceDct::show);
        devices.specProperty().addListener((o, a, spec) ->
                device.connect(spec, devices.stLinkSettingsProperty().get()));
        // Ticking "Connect under reset" attaches again the new way; it means nothing for other kinds.
        devices.stLinkSettingsProperty().addListener((o, a, stLink) -> {
            if (devices.stLinkSelectedProperty().get()) {
                device.connect(devices.specProperty().get(), stLink);
            }
        });
        // Connecting starts the device on worker threads (the simulated P1 makes an RSA key and boots, a port opens);
        // on a two-core machine that took CPU from the first CSS and layout pass, so it waits until the window shows.
        whenShown(stage, () -> selectDevice(deviceSpec));
    }

    private static void whenShown(Stage stage, Runnable action) {
        if (stage.isShowing()) {
            action.run();
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                action.run();
            }
        });
    }

    /** Stops the window's background activity (port refresh, per-frame log drain). */
    public void dispose() {
        if (historyStage != null) {
            historyStage.close();
        }
        if (reportStage != null) {
            reportStage.close();
        }
        if (lineStage != null) {
            line.stop();
            lineStage.close();
        }
        devices.stopRefreshing();
        device.disconnect();
        frames.stop();
    }

    public Scene scene() {
        return scene;
    }

    public Parent root() {
        return scene.getRoot();
    }

    public ProblemBanner banner() {
        return banner;
    }

    public Operations operations() {
        return ops;
    }

    public DevicePanelViewModel devices() {
        return devices;
    }

    /** The device open in the window (its session), for tests that set up what a run left behind. */
    public DeviceViewModel device() {
        return device;
    }

    public LogViewModel log() {
        return log;
    }

    public HandshakeViewModel handshakes() {
        return handshakes;
    }

    public DctEditorViewModel dct() {
        return dct;
    }

    public DctEditorView dctView() {
        return dctView;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    // ---- commands (menus, shortcuts, drops) ----

    void open() {
        dialogs.open("Open a log or a DCT image", OPEN_FILTERS).ifPresent(this::openFile);
    }

    /** Opens a log or a DCT image, deciding which by the file. */
    public void openFile(Path path) {
        FileKind kind;
        try {
            kind = FileKind.of(path);
        } catch (IOException e) {
            banner.show(Problem.of("open " + path.getFileName(), e));
            return;
        }
        if (kind == FileKind.DCT) {
            dct.open(path);
            showDct();
        } else {
            feeds.openFile(path);
            showLog();
        }
    }

    private void showLogLine(long line) {
        showLog();
        logView.reveal(line);
    }

    /**
     * The wizard launcher of every finding card and of the Device menu: opens the wizard with the window's device
     * preselected. A wizard not available yet shows the DCT field it would repair instead.
     */
    void fix(WizardId wizard) {
        if (!wizard.available()) {
            showDct();
            boolean shown = dct.selectField(wizard == WizardId.SET_SERVER ? "server_address" : "device_private_key");
            ops.note(wizard.title() + ": " + (shown ? "the field is selected in the DCT editor." : "read the DCT first."));
            return;
        }
        DeviceSession session = device.sessionProperty().get();
        if (session == null || !session.hasFlashAccess()) {
            ops.note(wizard.title() + ": select a device Reclaim can write to first (the simulated P1, a UART"
                    + " bootloader port or an ST-Link).");
            return;
        }
        try {
            Wizards.Opened opened = wizards.open(wizard, session, Optional.ofNullable(device.identityProperty().get())
                    .flatMap(Identity::deviceId));
            // the device's DCT is read again after a run that wrote it, as Ctrl+R does, to show its new state
            opened.model().setOnDeviceWritten(deviceDct::read);
            openWizard = new WizardDialog(stage, opened.model(), opened.form());
            openWizard.show();
        } catch (IOException e) {
            banner.show(Problem.of("open the " + wizard.title() + " wizard", e));
        }
    }

    /** View → History: the journal's wizard runs in their own window, read again each time it is opened. */
    void showHistory() {
        if (historyStage == null) {
            history = new HistoryViewModel(ops, () -> Journals.open(Optional.empty(), services.home()));
            historyStage = new Stage();
            historyStage.initOwner(stage);
            historyStage.setTitle("Reclaim — History");
            Scene s = new Scene(new HistoryView(history, dialogs, this::showReport), 980, 620);
            s.getStylesheets().setAll(scene.getStylesheets());
            historyStage.setScene(s);
        }
        history.load();
        historyStage.show();
        historyStage.toFront();
    }

    /**
     * View → Line: station mode in its own window, the recipe chosen there (a shipped one or a file, remembered
     * between sessions) on the device chosen in the device panel (a fresh simulated P1 per device on the
     * simulator), journaled in the journal History reads.
     */
    void showLine() {
        if (lineStage == null) {
            line = new LineViewModel(ops, recipe -> new Station(new Station.Setup(recipe,
                    devices.specProperty().get(),
                    services.devices().withStLink(devices.stLinkSettingsProperty().get()),
                    Station.hostName(), Optional.empty(), services.home(), Optional.empty(),
                    DeviceWizardSetting.WITNESS_DEADLINE, WitnessOverlap.DEFAULT_SLOTS)),
                    services.memory().lineRecipe(), services.memory()::lineRecipe);
            lineStage = new Stage();
            lineStage.initOwner(stage);
            lineStage.setTitle("Reclaim — Line");
            Scene s = new Scene(new LineView(line, dialogs, this::showReport), 900, 600);
            s.getStylesheets().setAll(scene.getStylesheets());
            lineStage.setScene(s);
            lineStage.setOnHidden(e -> line.stop());
        }
        lineStage.show();
        lineStage.toFront();
    }

    /** View → Report (also from History and Line): the journal's report in its own window, read again when opened. */
    void showReport() {
        if (reportStage == null) {
            report = new ReportViewModel(ops, () -> Journals.open(Optional.empty(), services.home()),
                    Clock.systemDefaultZone());
            reportStage = new Stage();
            reportStage.initOwner(stage);
            reportStage.setTitle("Reclaim — Journal report");
            Scene s = new Scene(new ReportView(report, dialogs), 1000, 680);
            s.getStylesheets().setAll(scene.getStylesheets());
            reportStage.setScene(s);
        }
        report.load();
        reportStage.show();
        reportStage.toFront();
    }

    /** The report window's model, once it has been opened. */
    public ReportViewModel report() {
        return report;
    }

    /** The line window's model, once View → Line has been opened. */
    public LineViewModel line() {
        return line;
    }

    /** The history window's model, once View → History has been opened. */
    public HistoryViewModel history() {
        return history;
    }

    /** {@link #fix} for tests in other packages (the Device menu's wizard items). */
    public void fixForTests(WizardId wizard) {
        fix(wizard);
    }

    /** The wizard window opened last, for tests. */
    public WizardDialog openWizard() {
        return openWizard;
    }

    void save() {
        if (!dct.save()) {
            saveAs();
        }
    }

    void saveAs() {
        dialogs.save("Save the DCT image", "dct.bin", DCT_FILTERS).ifPresent(dct::saveAs);
    }

    void exportLog() {
        dialogs.save("Export log lines", "reclaim-log.txt",
                        List.of(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.log")))
                .ifPresent(p -> ops.job("export the log to " + p.getFileName(), log.exportShown(p)).start());
    }

    void readDevice() {
        showDct();
        deviceDct.read();
    }

    void writeDevice() {
        deviceDct.write();
    }

    void compareWithDevice() {
        deviceDct.compare();
    }

    /** Selects the previous ({@code -1}) or next ({@code +1}) connection attempt and shows its lines. */
    void stepAttempt(int direction) {
        showLog();
        handshakePanel.step(direction);
    }

    void refreshDevices() {
        devices.refreshNow();
    }

    void find() {
        if (tabs.getSelectionModel().getSelectedItem() == logTab) {
            logView.focusSearch();
        } else {
            dctView.focusFind();
        }
    }

    void undo() {
        dct.undo();
    }

    void redo() {
        dct.redo();
    }

    void toggleTheme() {
        theme.set(theme.get().other());
    }

    void toggleFollow() {
        log.followingProperty().set(!log.followingProperty().get());
    }

    public void showLog() {
        tabs.getSelectionModel().select(logTab);
    }

    public void showDct() {
        tabs.getSelectionModel().select(dctTab);
    }

    void quit() {
        services.memory().remember(stage);
        dispose();
        stage.close();
    }

    void showShortcuts(List<String> lines) {
        HelpDialogs.shortcuts(stage, lines);
    }

    void about() {
        HelpDialogs.about(stage);
    }

    ObservableValue<Boolean> canSaveDct() {
        return dct.documentProperty().isNotNull();
    }

    ObservableValue<Boolean> canUndo() {
        return dct.historyProperty().flatMap(EditHistory::canUndoProperty).orElse(false);
    }

    ObservableValue<Boolean> canRedo() {
        return dct.historyProperty().flatMap(EditHistory::canRedoProperty).orElse(false);
    }

    ObservableValue<String> undoName() {
        return dct.historyProperty().flatMap(EditHistory::undoNameProperty).orElse("");
    }

    ObservableValue<String> redoName() {
        return dct.historyProperty().flatMap(EditHistory::redoNameProperty).orElse("");
    }

    // ---- parts ----

    private void selectDevice(String spec) {
        if (spec == null || spec.isBlank()) {
            return; // no device: files only
        }
        try {
            devices.select(DeviceKinds.parse(spec));
        } catch (IllegalArgumentException e) {
            banner.show(new Problem("Could not open device '" + spec + "'", e.getMessage(),
                    "Pick a device in the list on the left."));
        }
    }

}

package dev.reclaim.ui.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.Candidate;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceScanner;
import dev.reclaim.workflow.device.DeviceSession;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import dev.reclaim.ui.Fx;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DevicePanelTest {
    private static final Candidate FTDI = new Candidate("/dev/ttyUSB0", "ttyUSB0", "FT232R USB UART · USB 0403:6001");
    private static final Candidate ONBOARD = new Candidate("/dev/ttyS0", "ttyS0", "Physical Port S0");
    private static final Candidate PROBE = new Candidate("066DFF485550755187121723", "ST-Link/V2",
            "066DFF485550755187121723");
    private final AtomicReference<List<Candidate>> present = new AtomicReference<>(List.of(FTDI, ONBOARD));
    private final AtomicReference<List<Candidate>> probes = new AtomicReference<>(List.of());
    private final AtomicReference<String> scanThread = new AtomicReference<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "port-scan");
        t.setDaemon(true);
        return t;
    });
    private DevicePanelViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DevicePanelViewModel(new DeviceScanner(() -> {
            scanThread.set(Thread.currentThread().getName());
            return present.get();
        }, probes::get), pool, Duration.millis(150));
        vm.select(DeviceKinds.parse("sim:keys-rejected"));
        stage.setScene(new Scene(new DevicePanel(vm), 300, 520));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::stopRefreshing).get();
        pool.shutdownNow();
    }

    @Test
    void listsTheSimulatorFirstThenThePortsWithUsbIdsScannedOffTheFxThread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.devices().size() == 3);
        assertThat(vm.devices().get(0)).isInstanceOf(DeviceChoice.Simulated.class);
        assertThat(robot.lookup(".device-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Simulated P1", "ttyUSB0", "ttyS0");
        assertThat(robot.lookup(".muted").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("FT232R USB UART · USB 0403:6001");
        assertThat(scanThread.get()).isEqualTo("port-scan");
        assertThat(vm.specProperty().get()).hasToString("sim:keys-rejected");
    }

    @Test
    void pickingAPortAndItsRoleMakesTheSpecAndUnpluggingItDeselects(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.devices().size() == 3);
        robot.clickOn("ttyUSB0");
        assertThat(vm.specProperty().get()).hasToString("serial:/dev/ttyUSB0");
        assertThat(robot.lookup("#device-scenario").query().getParent().isVisible()).as("scenario row").isFalse();

        robot.clickOn("#device-role");
        // The item of the open popup, not the same words on the simulator's hidden "Reached through" choice.
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((javafx.scene.control.Label l) -> "UART bootloader".equals(l.getText()))
                .queryAs(javafx.scene.Node.class));
        // On a loaded machine the popup's click can land a frame late: wait for it rather than race it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.specProperty().get() != null
                && vm.specProperty().get().toString().startsWith("bootloader:"));
        assertThat(vm.specProperty().get()).hasToString("bootloader:/dev/ttyUSB0");

        present.set(List.of(ONBOARD)); // the periodic refresh notices the adapter is gone
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.devices().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.specProperty().get()).isNull();
    }

    @Test
    void theScenarioPickerChangesTheSimulatedDevice(FxRobot robot) {
        robot.clickOn("#device-scenario").clickOn("server-key-corrupt");
        assertThat(vm.specProperty().get()).hasToString("sim:server-key-corrupt");
    }

    @Test
    void aPortNamedOnTheCommandLineStaysListedAndBadSpecsSayWhatIsAccepted(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select(DeviceKinds.parse("bootloader:/tmp/reclaim-pty0")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.devices().size() == 4);
        assertThat(vm.specProperty().get()).hasToString("bootloader:/tmp/reclaim-pty0");
        assertThatThrownBy(() -> DeviceKinds.parse("sim:exploded")).hasMessageContaining("keys-rejected");
        assertThatThrownBy(() -> DeviceKinds.parse("usb")).hasMessageContaining("sim[:SCENARIO]");
    }

    @Test
    void aProbeNamedOnTheCommandLineIsSelectedWhenItIsPluggedIn(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select(DeviceKinds.parse("stlink:066dff485550755187121723")));
        assertThat(vm.specProperty().get()).as("not plugged in yet: the simulator stays selected")
                .isEqualTo(DeviceKinds.DEFAULT);
        probes.set(List.of(PROBE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(vm.specProperty().get())
                .equals("stlink:066DFF485550755187121723"));
        assertThat(robot.lookup(".device-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("ST-Link/V2");
    }

    @Test
    void withoutUsbAccessThePortsAreStillListedAndTheReasonShown(FxRobot robot) throws Exception {
        DevicePanelViewModel noUsb = new DevicePanelViewModel(new DeviceScanner(present::get, () -> {
            throw new java.io.IOException("libusb is not installed");
        }), pool, Duration.seconds(60));
        robot.interact(noUsb::refreshNow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noUsb.devices().size() == 3);
        assertThat(noUsb.scanProblemProperty().get()).contains("libusb is not installed");
    }

    @Test
    void connectUnderResetIsOfferedForAnStLinkAndGoesIntoTheOptionsTheSessionIsOpenedWith(FxRobot robot)
            throws Exception {
        CheckBox box = robot.lookup("#device-under-reset").queryAs(CheckBox.class);
        assertThat(box.isVisible()).as("meaningless for the UART bootloader").isFalse();
        assertThat(vm.stLinkSelectedProperty().get()).isFalse();

        robot.interact(() -> vm.select(DeviceKinds.parse("sim-stlink:healthy")));
        assertThat(box.isVisible()).isTrue();
        assertThat(vm.stLinkSettingsProperty().get().underReset()).isFalse();
        robot.clickOn("#device-under-reset");
        assertThat(vm.underResetProperty().get()).isTrue();
        assertThat(vm.stLinkSettingsProperty().get().underReset()).isTrue();

        DeviceOptions options = new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults())
                .withStLink(vm.stLinkSettingsProperty().get());
        try (DeviceSession session = DeviceSession.open(vm.specProperty().get(), options);
             var target = session.openTarget()) {
            assertThat(target.identity().access()).endsWith("attached under reset");
        }
    }

    @Test
    void aBenchAfterTheScenarioIsKeptAndCanBeChangedInTheProbeOptions(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select(DeviceKinds.parse("sim-stlink:healthy,bench=line1")));
        assertThat(Fx.on(() -> vm.specProperty().get())).hasToString("sim-stlink:healthy,bench=line1")
                .satisfies(spec -> assertThat(spec.attachSense()).as("the Line view's auto-start").isPresent());
        javafx.scene.control.TextField options = robot.lookup("#device-sim-options").queryAs(
                javafx.scene.control.TextField.class);
        assertThat(Fx.on(() -> options.isVisible() && options.getText().equals("bench=line1"))).isTrue();

        robot.doubleClickOn(options).eraseText(20).write("bench=").type(KeyCode.ENTER);
        assertThat(Fx.on(() -> vm.specProperty().get())).as("no device from options it cannot take").isNull();
        assertThat(Fx.on(() -> robot.lookup("#device-sim-options-problem").queryAs(
                javafx.scene.control.Label.class).getText()))
                .isEqualTo("Options: bench= needs a name, e.g. sim-stlink:healthy,bench=line1.");

        robot.write("line2").type(KeyCode.ENTER);
        assertThat(Fx.on(() -> vm.specProperty().get())).hasToString("sim-stlink:healthy,bench=line2");
        assertThat(Fx.on(() -> robot.lookup("#device-sim-options-problem").query().isVisible())).isFalse();

        // the simulator through its bootloader takes no options: the row goes and the spec is the scenario alone
        robot.interact(() -> vm.accessProperty().set(DeviceKinds.parse("sim:healthy").kind()));
        assertThat(Fx.on(() -> vm.specProperty().get())).hasToString("sim:healthy");
        assertThat(Fx.on(() -> options.getParent().isVisible())).isFalse();
    }
}

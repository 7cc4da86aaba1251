package dev.reclaim.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first launch's device — the simulated P1 in its keys-rejected scenario — read and written through the GUI. */
class SimulatedDeviceTest extends WindowTest {
    @Test
    void theFirstLaunchShowsTheFailingHandshakeItsDiagnosisTheDctAndTheIdentity(FxRobot robot) throws Exception {
        Fx.waitUntil(20, () -> !window.dct().fields().isEmpty()
                && window.handshakes().diagnoses().stream().anyMatch(d -> d.id().equals("cloud_closed_during_key_exchange")));
        WaitForAsyncUtils.waitForFxEvents();

        Attempt first = Fx.on(() -> window.handshakes().attempts().get(0));
        assertThat(first.failedStage()).isNotNull();
        assertThat(first.failedStage().id()).isEqualTo("receive-key");
        assertThat(window.handshakes().diagnoses()).extracting(Finding::id).contains("cloud_closed_during_key_exchange");

        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase();
        assertThat(robot.lookup("#identity-device-id").queryAs(Label.class).getText()).isEqualTo(deviceId);
        // read from the module headers in the simulated flash, through the view model
        assertThat(Fx.on(() -> robot.lookup("#identity-device-os").queryAs(Label.class).getText()))
                .isEqualTo("0.6.3 · prints its handshake lines (system and comm) on the serial log");
        assertThat(window.dct().titleProperty().get()).isEqualTo("DCT of " + deviceId);
        assertThat(Fx.on(() -> window.dct().selectField("server_address"))).isTrue();
        assertThat(Fx.on(() -> window.dct().selectedProperty().get().status().id())).isEqualTo("blank");
        assertThat(robot.lookup("#status-link").queryAs(Label.class).getText())
                .isEqualTo("simulated P1 (keys-rejected) · log connected");
    }

    @Test
    void aDctEditWrittenToTheDeviceIsBackedUpVerifiedAndReadBack(FxRobot robot) throws Exception {
        Fx.waitUntil(20, () -> window.dct().selectField("server_address"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#server-particle");
        Fx.waitUntil(5, () -> window.dct().fields().stream()
                .anyMatch(f -> f.name().equals("server_address") && f.value().contains("device.spark.io")));
        int attemptsBefore = Fx.on(() -> window.handshakes().attempts().size());

        robot.clickOn("#dct-write-device");
        robot.clickOn("Write");

        Fx.waitUntil(20, () -> window.operations().lastOutcomeProperty().get()
                .startsWith("Written;"));
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase();
        try (Stream<Path> backups = Files.list(windows.home.resolve("backups").resolve(deviceId))
                .filter(p -> p.toString().endsWith("-dct.bin"))) { // beside each backup: a .json saying why
            assertThat(backups.toList()).singleElement().satisfies(p -> assertThat(Files.size(p)).isEqualTo(32768));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.dct().historyProperty().get().dirtyProperty().get())
                .as("the editor now shows the device's DCT as written").isFalse();

        robot.clickOn("#dct-read-device");
        Fx.waitUntil(20, () -> window.operations().lastOutcomeProperty().get()
                .startsWith("Done: read the DCT"));
        Fx.waitUntil(5, () -> window.dct().selectField("server_address")
                && window.dct().selectedProperty().get().value().contains("device.spark.io"));
        Fx.waitUntil(20, () -> window.handshakes().attempts().size() > attemptsBefore);
        Attempt last = Fx.on(() -> window.handshakes().attempts().get(window.handshakes().attempts().size() - 1));
        assertThat(last.hasSignal("server-address-blank")).as("the rebooted device reads the address it was given")
                .isFalse();
    }

    @Test
    void anUnsavedEditComparedWithTheDevicesDctShowsTheFieldsItChanges(FxRobot robot) throws Exception {
        Fx.waitUntil(20, () -> window.dct().selectField("server_address")
                && window.operations().currentProperty().get() == null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#server-particle");
        Fx.waitUntil(5, () -> window.dct().fields().stream()
                .anyMatch(f -> f.name().equals("server_address") && f.value().contains("device.spark.io")));

        robot.clickOn("#dct-compare").clickOn("With the device's DCT");
        Fx.waitUntil(20, () -> robot.lookup("#diff-fields").tryQuery().isPresent());
        javafx.scene.control.TableView<?> diff = robot.lookup("#diff-fields").queryTableView();
        assertThat(Fx.on(() -> diff.getItems().stream()
                .map(c -> ((dev.reclaim.dct.DctDiff.FieldChange) c).field().name()).toList()))
                .contains("server_address");
    }
}

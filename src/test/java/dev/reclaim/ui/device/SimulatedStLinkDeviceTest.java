package dev.reclaim.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The simulated P1 reached through its simulated ST-Link, as {@code reclaim gui --device sim-stlink:keys-rejected}. */
class SimulatedStLinkDeviceTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "sim-stlink:keys-rejected";
    }

    @Test
    void theDctIsReadThenWrittenThroughTheProbeBackedUpAndReadBack(FxRobot robot) throws Exception {
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase();
        Fx.waitUntil(20, () -> window.dct().selectField("server_address"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.dct().titleProperty().get()).isEqualTo("DCT of " + deviceId);
        assertThat(robot.lookup("#identity-link").queryAs(Label.class).getText()).contains("ST-Link");
        assertThat(robot.lookup("#status-link").queryAs(Label.class).getText())
                .isEqualTo("simulated P1 (keys-rejected) through a simulated ST-Link · log connected");
        assertThat(Fx.on(() -> String.valueOf(window.devices().specProperty().get())))
                .isEqualTo("sim-stlink:keys-rejected");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#server-particle");
        Fx.waitUntil(5, () -> window.dct().fields().stream()
                .anyMatch(f -> f.name().equals("server_address") && f.value().contains("device.spark.io")));
        robot.clickOn("#dct-write-device");
        robot.clickOn("Write");

        Fx.waitUntil(30, () -> window.operations().lastOutcomeProperty().get().startsWith("Written;"));
        try (Stream<Path> backups = Files.list(windows.home.resolve("backups").resolve(deviceId))
                .filter(p -> p.toString().endsWith("-dct.bin"))) { // beside each backup: a .json saying why
            assertThat(backups.toList()).singleElement().satisfies(p -> assertThat(Files.size(p)).isEqualTo(32768));
        }

        robot.clickOn("#dct-read-device");
        Fx.waitUntil(20, () -> window.operations().lastOutcomeProperty().get().startsWith("Done: read the DCT"));
        Fx.waitUntil(5, () -> window.dct().selectField("server_address")
                && window.dct().selectedProperty().get().value().contains("device.spark.io"));
    }

    @Test
    void theAccessChoiceSwitchesTheSimulatedP1BetweenItsBootloaderAndItsStLink(FxRobot robot) throws Exception {
        Fx.waitUntil(20, () -> window.operations().currentProperty().get() == null
                && robot.lookup("#status-link").queryAs(Label.class).getText().contains("ST-Link"));
        robot.clickOn("#device-access").clickOn("UART bootloader");
        Fx.waitUntil(20, () -> robot.lookup("#status-link").queryAs(Label.class).getText()
                .equals("simulated P1 (keys-rejected) · log connected"));
        assertThat(Fx.on(() -> String.valueOf(window.devices().specProperty().get()))).isEqualTo("sim:keys-rejected");
    }
}

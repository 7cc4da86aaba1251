package dev.reclaim.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writing a DCT the device would refuse (another device's: its device ID differs) asks "Write anyway?" — the GUI's
 * {@code --force}. No writes nothing, not even a backup; Yes backs up the device's DCT and writes.
 */
class WriteAnywayTest extends WindowTest {
    private static final String OTHER_DEVICE = Scenarios.load("healthy").uid().toLowerCase();

    @Test
    void noWritesNothingAndYesWritesWithABackup(FxRobot robot) throws Exception {
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase();
        Fx.waitUntil(30, () -> ("DCT of " + deviceId).equals(window.dct().titleProperty().get())
                && window.operations().currentProperty().get() == null);
        DctImage device = Fx.on(() -> window.dct().image());
        byte[] before = device.bytes().clone();
        DctImage another = DctWriter.edit(device, DctEdits.photonP1().parse(List.of("device_id=" + OTHER_DEVICE)))
                .image();
        writeUntilAskedAnyway(robot, another);
        robot.clickOn(dialogButton(robot, "Cancel")); // not the status bar's Cancel of the running write
        Fx.waitUntil(20, () -> window.operations().currentProperty().get() == null
                && !window.operations().lastOutcomeProperty().get().startsWith("Done: read"));
        String refused = window.operations().lastOutcomeProperty().get();
        assertThat(backups(deviceId)).as("no backup either: nothing was read or written").isEmpty();

        robot.clickOn("#dct-read-device");
        Fx.waitUntil(20, () -> window.operations().lastOutcomeProperty().get().startsWith("Done: read")
                && window.operations().currentProperty().get() == null);
        assertThat(Fx.on(() -> window.dct().image().bytes())).as("after No (%s)", refused).isEqualTo(before);

        writeUntilAskedAnyway(robot, another);
        robot.clickOn(dialogButton(robot, "Write anyway"));
        Fx.waitUntil(30, () -> window.operations().lastOutcomeProperty().get().startsWith("Written;"));

        assertThat(backups(deviceId)).singleElement().satisfies(b -> assertThat(Files.readAllBytes(b)).isEqualTo(before));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.on(() -> window.dct().selectField("device_id") && window.dct().selectedProperty().get().value()
                .contains(OTHER_DEVICE))).as("the device now holds the DCT it was given").isTrue();
    }

    /** Puts another device's DCT in the editor and asks to write it, up to the "Write anyway?" question. */
    private void writeUntilAskedAnyway(FxRobot robot, DctImage another) throws Exception {
        Fx.on(() -> {
            window.dct().show(another, "another device's DCT");
            window.showDct();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dct-write-device");
        robot.clickOn("Write");
        Fx.waitUntil(20, () -> robot.lookup("Write anyway").tryQuery().isPresent());
    }

    private javafx.scene.Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && text.equals(b.getText())).query();
    }

    private List<Path> backups(String deviceId) throws Exception {
        Path dir = windows.home.resolve("backups").resolve(deviceId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir).filter(p -> p.toString().endsWith("-dct.bin"))) {
            return files.toList();
        }
    }
}

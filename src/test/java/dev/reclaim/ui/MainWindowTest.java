package dev.reclaim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.common.Theme;
import dev.reclaim.ui.common.CanvasPalette;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "";
    }
    @TempDir
    Path dir;
    @Test
    void theShellShowsDevicesTabsAndTheLinkInTheStatusBar(FxRobot robot) {
        assertThat(robot.lookup("#device-list").tryQuery()).isPresent();
        assertThat(robot.lookup("#log-list").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-link").queryAs(Labeled.class).getText()).isEqualTo("No device");
        assertThat(robot.lookup("#status-cancel").query().isVisible()).isFalse();
    }

    @Test
    void theThemeShortcutSwitchesStylesheetsAndTheHexPalette(FxRobot robot) {
        assertThat(window.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(windows.prefs().get("theme", null)).as("opening the window writes no preferences").isNull();
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(window.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(new dev.reclaim.ui.common.WindowMemory(windows.prefs()).theme()).as("a change is remembered")
                .isEqualTo(Theme.DARK);
        assertThat(window.scene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        assertThat(window.dctView().paletteProperty().get()).isEqualTo(CanvasPalette.DARK);
    }

    @Test
    void anImageOpensInTheHexEditorAndEditsAreUndoneAndSavedWithShortcuts(FxRobot robot) throws Exception {
        Path file = dir.resolve("dump.bin");
        byte[] erased = new byte[64]; // an application DCT dump as an erased device gives it
        java.util.Arrays.fill(erased, (byte) 0xFF);
        Files.write(file, erased);
        robot.interact(() -> window.openFile(file));
        Fx.waitUntil(5, () -> window.dct().documentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(window.dctView().hexView().screenPointOf(3).orElseThrow());
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT3);
        assertThat(window.dct().documentProperty().get().get(3)).isEqualTo(0x42);
        assertThat(window.dct().documentProperty().get().get(4)).isEqualTo(0x43);
        assertThat(window.dct().titleProperty().get()).isEqualTo("dump.bin — modified");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(window.dct().documentProperty().get().get(4)).isEqualTo(0xFF);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(5, () -> Files.readAllBytes(file)[3] == 0x42);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)[4]).isEqualTo((byte) 0xFF);
        assertThat(window.dct().titleProperty().get()).isEqualTo("dump.bin");
    }

    @Test
    void aDeviceSpecThatMakesNoSenseIsAProblemWithTheFix(FxRobot robot) {
        robot.interact(() -> window = windows.open(new Stage(), "usb:what"));
        assertThat(window.banner().current().title()).isEqualTo("Could not open device 'usb:what'");
        assertThat(window.banner().current().fix()).contains("Pick a device");
    }
}

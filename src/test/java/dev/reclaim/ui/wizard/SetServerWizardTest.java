package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.WizardId;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.wizard.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Set server as a technician walks it on a device whose server key is damaged (sim:server-key-corrupt): the DCT
 * check's fix button opens the wizard, Enter runs the Particle preset, the handshake is witnessed, and the editor
 * then shows the device's repaired DCT. A custom server's bad inputs are said on the start page and never run.
 */
class SetServerWizardTest extends WindowTest {
    @TempDir
    Path dir;

    @Override
    protected String deviceSpec() {
        return "sim:server-key-corrupt";
    }

    @Test
    void theServerKeyCheckOpensSetServerAndTheParticlePresetEndsWithTheHandshakeAndARefreshedDct(FxRobot robot)
            throws Exception {
        Fx.waitUntil(30, () -> serverFinding().isPresent() && window.operations().currentProperty().get() == null);
        robot.clickOn("#tab-dct");
        Button fix = robot.lookup(".fix-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Set server…")).findFirst().orElseThrow();
        robot.interact(fix::fire);
        Fx.waitUntil(10, () -> window.openWizard() != null && window.openWizard().isShowing());
        WizardViewModel vm = window.openWizard().vmForTests();
        assertThat(Fx.on(vm::title)).isEqualTo("Set server");
        assertThat(Fx.on(() -> robot.lookup("#start-particle").queryAs(RadioButton.class).isSelected())).isTrue();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(120, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);

        assertThat(Fx.on(() -> vm.summaryProperty().get())).startsWith("Handshake completed");
        assertThat(Fx.on(() -> vm.outcomeProperty().get())).isEqualTo(StepOutcome.OK);
        // the window reads the written DCT again by itself: the damaged-key check is gone from the editor
        Fx.waitUntil(30, () -> serverFinding().isEmpty() && !window.dct().fields().isEmpty()
                && window.operations().currentProperty().get() == null);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> !window.openWizard().isShowing());
    }

    @Test
    void aCustomServerWithABadAddressOrAnUnreadableKeyIsExplainedAndDoesNotStart(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        MenuItem item = Fx.on(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-set-server".equals(i.getId()))
                .findFirst().orElseThrow());
        robot.interact(item::fire);
        Fx.waitUntil(10, () -> window.openWizard() != null && window.openWizard().isShowing());
        WizardViewModel vm = window.openWizard().vmForTests();

        robot.clickOn("#start-custom");
        robot.clickOn("#start-host").write("cloud.example.com:99999");
        Path missing = dir.resolve("no-such-server-key.der");
        robot.clickOn("#start-key-file").write(missing.toString());

        Fx.waitUntil(5, () -> robot.lookup("#start-problem").queryAs(Label.class).isVisible());
        String problem = Fx.on(() -> robot.lookup("#start-problem").queryAs(Label.class).getText());
        assertThat(problem).contains("Host: server_address: the port must be a number from 1 to 65534")
                .contains("Key file: there is no file " + missing);
        assertThat(Fx.on(() -> robot.lookup("#wizard-primary").queryAs(Button.class).isDisabled())).isTrue();

        // a file that is not a key is said too, and a good address clears its line
        Path notAKey = Files.writeString(dir.resolve("notes.txt"), "not a key\n");
        robot.interact(() -> {
            robot.lookup("#start-host").queryAs(TextField.class).setText("192.168.1.10:5683");
            robot.lookup("#start-key-file").queryAs(TextField.class).setText(notAKey.toString());
        });
        String second = Fx.on(() -> robot.lookup("#start-problem").queryAs(Label.class).getText());
        assertThat(second).doesNotContain("Host:").startsWith("Key file: the file is neither a DER nor a PEM key");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(Fx.on(() -> vm.phaseProperty().get())).isEqualTo(WizardViewModel.Phase.READY);
        assertThat(Fx.on(() -> vm.steps().isEmpty())).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Fx.waitUntil(5, () -> !window.openWizard().isShowing());
    }

    private Optional<Finding> serverFinding() throws Exception {
        return Fx.on(() -> window.dct().checks().stream()
                .filter(f -> f.wizard().filter(WizardId.SET_SERVER::equals).isPresent()).findFirst());
    }
}

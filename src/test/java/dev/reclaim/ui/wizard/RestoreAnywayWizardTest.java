package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.BackupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Restoring another device's backup in the GUI asks "Restore anyway?" (the CLI's --force), as the DCT write's
 * "Write anyway?" does: Cancel writes nothing, "Restore anyway" restores it.
 */
class RestoreAnywayWizardTest extends WindowTest {
    private static final String OTHER_DEVICE = "2a0031000d47343432313031";

    @Test
    void anotherDevicesBackupIsRestoredOnlyWhenTheUserSaysRestoreAnyway(FxRobot robot) throws Exception {
        Fx.waitUntil(30, () -> !window.dct().fields().isEmpty() && window.operations().currentProperty().get() == null);
        String deviceId = Scenarios.load("keys-rejected").uid().toLowerCase(Locale.ROOT);
        byte[] dct = Fx.on(() -> window.dct().image().bytes().clone());
        new BackupStore(windows.home, Clock.systemUTC()).save(OTHER_DEVICE, dct, "taken from another device");

        robot.interact(() -> window.fixForTests(WizardId.BACKUP_RESTORE));
        WizardViewModel vm = Fx.on(() -> window.openWizard().vmForTests());
        @SuppressWarnings("unchecked")
        ListView<BackupStore.Backup> list = robot.lookup("#start-backups").queryAs(ListView.class);
        assertThat(Fx.on(() -> list.getItems().size())).isEqualTo(1);
        assertThat(Fx.on(() -> Boolean.TRUE.equals(vm.inputsReadyProperty().getValue())))
                .as("another device's backup is never preselected").isFalse();
        robot.interact(() -> list.getSelectionModel().select(0));

        robot.clickOn("#wizard-primary");
        Fx.waitUntil(30, () -> robot.lookup("Restore anyway").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Cancel"));
        Fx.waitUntil(30, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
        assertThat(Fx.on(() -> vm.summaryProperty().get())).startsWith("Refused: The backup")
                .endsWith("fail the cloud handshake. Nothing was written. Journal entry #1.");
        assertThat(safetyBackups(deviceId)).as("refused before anything was read for a backup or written").isEmpty();

        robot.clickOn("#wizard-again");
        Fx.waitUntil(30, () -> robot.lookup("Restore anyway").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Restore anyway"));
        Fx.waitUntil(60, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
        assertThat(Fx.on(() -> vm.summaryProperty().get())).startsWith("Restored the backup of");
        assertThat(safetyBackups(deviceId)).as("the safe write backed the device's DCT up first").hasSize(1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> !window.openWizard().isShowing());
    }

    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .query();
    }

    private List<Path> safetyBackups(String deviceId) throws Exception {
        Path dir = windows.home.resolve("backups").resolve(deviceId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir).filter(p -> p.toString().endsWith("-dct.bin"))) {
            return files.toList();
        }
    }
}

package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.Fx;
import dev.reclaim.ui.MainWindow;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** How a Recover keys walk that reached the handshake ends, for the tests that walk it. */
final class RecoverKeysFinish {
    private RecoverKeysFinish() {
    }

    /** The journal holds exactly one run for the device: the Recover keys wizard's, which saw the handshake. */
    static void assertOneHandshakeRun(Path home, String deviceId) throws Exception {
        try (SqliteJournal journal = SqliteJournal.in(home)) {
            assertThat(journal.list(Optional.of(deviceId))).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo("handshake_completed"))
                    .extracting(JournalEntry::wizard).isEqualTo("recover-keys");
        }
    }

    /** Enter closes the report. */
    static void closeReport(FxRobot robot, MainWindow window) throws Exception {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Fx.waitUntil(5, () -> !window.openWizard().isShowing());
    }
}

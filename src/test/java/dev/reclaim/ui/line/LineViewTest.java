package dev.reclaim.ui.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** View → Line: a shift of two fresh simulated P1s from the window, large PASS, the tally, both journaled. */
class LineViewTest extends WindowTest {
    @Test
    void aShiftOfTwoSimulatedDevicesShowsPassAndTheYield(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.line() != null);
        robot.interact(() -> window.line().shiftSizeProperty().set(2));
        assertThat(Fx.on(() -> robot.lookup("#line-shift-size").queryAs(Spinner.class).getValue()))
                .as("the spinner shows the count the shift will run").isEqualTo(2);
        robot.clickOn("#line-start");
        Fx.waitUntil(60, () -> window.line().countProperty().get() == 2 && !window.line().runningProperty().get());
        assertThat(Fx.on(() -> robot.lookup("#line-verdict").queryAs(Label.class).getText()))
                .isEqualTo(LineViewModel.PASS);
        assertThat(Fx.on(() -> robot.lookup("#line-tally").queryAs(Label.class).getText()))
                .isEqualTo("2 devices, 2 passed, yield 100%");
        assertThat(Fx.on(() -> robot.lookup("#line-failure").queryAs(Label.class).getText())).isEmpty();
        try (SqliteJournal journal = SqliteJournal.in(windows.home)) {
            assertThat(journal.list(Optional.empty())).extracting(JournalEntry::outcome)
                    .containsExactly("handshake_completed", "handshake_completed");
            assertThat(journal.list(Optional.empty())).extracting(JournalEntry::deviceId).doesNotHaveDuplicates();
        }
    }
}

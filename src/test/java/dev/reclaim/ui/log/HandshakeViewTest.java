package dev.reclaim.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.P1Log;
import dev.reclaim.finding.Finding;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening the real P1 "-19" log shows its two diagnoses and the stage where the handshake failed. */
class HandshakeViewTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "";
    }
    @Test
    void theFixtureLogShowsTwoDiagnosesAndTheFailingReceiveKeyStage(FxRobot robot) throws Exception {
        Path fixture = P1Log.file();
        robot.interact(() -> window.openFile(fixture));
        Fx.waitUntil(10, () -> window.handshakes().diagnoses().size() == 2
                && window.log().allRows().size() == 16);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.handshakes().diagnoses()).extracting(Finding::id)
                .containsExactly("server_address_blank", "cloud_closed_during_key_exchange");
        assertThat(robot.lookup(".finding-card .card-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Server address blank in the DCT", "The cloud did not send the session key");
        assertThat(robot.lookup(".fix-button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactly("Set server…", "Recover keys…");

        assertThat(robot.lookup("#handshake-timeline .stage-failed").queryAllAs(Label.class))
                .singleElement().extracting(Label::getText).asString().startsWith("✕ receive key");
        assertThat(robot.lookup("#handshake-timeline .badge").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("failed");
    }

    @Test
    void pickingAnAttemptScrollsTheLogToItsFirstLine(FxRobot robot) throws Exception {
        Path fixture = P1Log.file();
        robot.interact(() -> window.openFile(fixture));
        Fx.waitUntil(10, () -> window.handshakes().attempts().size() == 1
                && window.log().allRows().size() == 16);
        robot.clickOn("#attempt-next");
        LogLines lines = robot.lookup("#log-list").queryAs(LogLines.class);
        assertThat(lines.selectedRows()).extracting(LogRow::text)
                .containsExactly("0000005346 [system] INFO: Cloud: connecting");
    }
}

package dev.reclaim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.P1Log;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** {@code reclaim FILE} / {@code reclaim gui FILE...}: the window opens on the files as File → Open would. */
class CommandLineFilesTest extends WindowTest {
    @TempDir
    Path dir;

    @Override
    protected String deviceSpec() {
        return "";
    }

    @Test
    void aLogNamedOnTheCommandLineShowsItsLinesAndFindings(FxRobot robot) throws Exception {
        robot.interact(() -> window = windows.open(new Stage(), "", List.of(P1Log.file())));
        Fx.waitUntil(10, () -> window.log().allRows().size() == 16 && window.handshakes().diagnoses().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.handshakes().diagnoses()).extracting(Finding::id)
                .containsExactly("server_address_blank", "cloud_closed_during_key_exchange");
        assertThat(selectedTab()).isEqualTo("tab-log");
        assertThat(robot.from(window.root()).lookup(".finding-card .card-title").queryAllAs(Label.class))
                .hasSize(2);
    }

    @Test
    void aDctImageNamedOnTheCommandLineOpensInTheDctEditor(FxRobot robot) throws Exception {
        Path image = dir.resolve("p1-dct.bin");
        Files.write(image, TestDcts.image(TestDcts.versioned(1).healthy(), TestDcts.blank()));

        robot.interact(() -> window = windows.open(new Stage(), "", List.of(image)));
        Fx.waitUntil(10, () -> window.dct().documentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedTab()).isEqualTo("tab-dct");
        assertThat(window.dct().titleProperty().get()).isEqualTo("p1-dct.bin");
        assertThat(window.dct().documentProperty().get().size()).isEqualTo(Files.size(image));
        assertThat(window.dct().fields()).extracting(r -> r.field().name()).contains("device_id", "server_address");
    }

    private String selectedTab() {
        return ((TabPane) window.root().lookup(".tab-pane")).getSelectionModel().getSelectedItem().getId();
    }
}

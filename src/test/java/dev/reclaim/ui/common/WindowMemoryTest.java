package dev.reclaim.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {
    private final Preferences node = Preferences.userRoot().node("dev/reclaim/test/window-" + System.nanoTime());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("x")));
    }

    @AfterEach
    void cleanUp() throws Exception {
        node.removeNode();
    }

    @Test
    void geometryDividersAndThemeComeBackNextRun(FxRobot robot) {
        WindowMemory first = new WindowMemory(node);
        SplitPane split = new SplitPane(new Label("a"), new Label("b"));
        robot.interact(() -> {
            first.restore(stage, 900, 600);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            first.track("main", split);
            split.setDividerPositions(0.3);
            first.remember(stage);
            first.theme(Theme.DARK);
        });

        WindowMemory second = new WindowMemory(node);
        SplitPane again = new SplitPane(new Label("a"), new Label("b"));
        robot.interact(() -> {
            stage.setWidth(300);
            second.restore(stage, 900, 600);
            second.track("main", again);
        });
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(second.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aFirstRunUsesTheDefaultsAndTheLightTheme(FxRobot robot) {
        WindowMemory memory = new WindowMemory(node);
        robot.interact(() -> memory.restore(stage, 900, 600));
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(memory.theme()).isEqualTo(Theme.LIGHT);
    }
}

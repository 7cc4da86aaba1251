package dev.reclaim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.line.LineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Line's recipe picker: a shipped recipe chosen and remembered, a bad recipe file refused with its line. */
class LineRecipePickerTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "";
    }

    @Test
    void aShippedRecipeIsRememberedAndABadFileIsRefusedNamingItsLine(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.line() != null);
        LineViewModel line = window.line();
        assertThat(Fx.on(() -> line.recipeChoiceProperty().get())).isEqualTo(LineViewModel.DEFAULT_RECIPE);
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#line-recipe").queryAs(ComboBox.class);
        assertThat(Fx.on(() -> picker.getItems())).contains("recover-particle", "particle-server");

        robot.interact(() -> picker.setValue("particle-server"));
        assertThat(Fx.on(() -> line.recipeProperty().get().name())).isEqualTo("particle-server");
        assertThat(Fx.on(() -> robot.lookup("#line-recipe-description").queryAs(Label.class).getText()))
                .contains("Particle cloud");

        Path bad = windows.home.resolve("bad-recipe.json");
        Files.writeString(bad, "{\n  \"name\": \"bench\",\n  \"colour\": \"red\",\n  \"steps\": []\n}\n");
        windows.dialogs.answer(bad);
        robot.clickOn("#line-open-recipe");
        Fx.waitUntil(5, () -> !line.recipeProblemProperty().get().isEmpty());
        String problem = Fx.on(() -> robot.lookup("#line-recipe-problem").queryAs(Label.class).getText());
        assertThat(problem).contains("bad-recipe.json").contains("line 3").contains("colour")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Fx.on(() -> line.recipeChoiceProperty().get())).as("the recipe in use stays")
                .isEqualTo("particle-server");
        assertThat(Fx.on(() -> picker.getValue())).isEqualTo("particle-server");

        // The next session (a window on the same settings) starts with the recipe chosen last.
        MainWindow next = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = windows.open(new Stage(), "");
            w.showLine();
            return w;
        }).get(30, TimeUnit.SECONDS);
        assertThat(Fx.on(() -> next.line().recipeChoiceProperty().get())).isEqualTo("particle-server");
        assertThat(Fx.on(() -> next.line().recipeProblemProperty().get())).isEmpty();
    }
}

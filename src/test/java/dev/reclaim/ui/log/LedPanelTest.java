package dev.reclaim.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.WizardId;
import dev.reclaim.log.LedPatterns;
import dev.reclaim.log.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status-LED picker gives the cards the CLI's --led gives, for the pattern and firmware picked. */
@ExtendWith(ApplicationExtension.class)
class LedPanelTest {
    private LedViewModel vm;
    private final List<WizardId> launched = new ArrayList<>();

    @Start
    void start(Stage stage) {
        vm = new LedViewModel();
        stage.setScene(new Scene(new LedPanel(vm, launched::add), 520, 640));
        stage.show();
    }

    @Test
    void pickingAPatternAndAVersionShowsTheCliDiagnosisAsCards(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ComboBox<LedViewModel.Choice> box = robot.lookup("#led-pattern").queryComboBox();
            box.getSelectionModel().select(box.getItems().stream()
                    .filter(c -> c.id().equals("blinking-cyan-1-orange")).findFirst().orElseThrow());
        });
        robot.clickOn("#led-firmware").write("1.5.2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> "1.5.2".equals(vm.firmwareProperty().get())).get());

        List<Finding> cli = LedPatterns.standard().diagnose("blinking-cyan-1-orange", VersionRange.parse("1.5.2"));
        assertThat(cli).hasSize(1);
        List<Finding> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(vm.findings())).get();
        assertThat(shown).isEqualTo(cli);
        List<String> titles = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#led-cards .card-title")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()).get();
        assertThat(titles).containsExactly(cli.get(0).title());
        if (cli.get(0).wizard().isPresent()) {
            robot.clickOn("#led-cards .fix-button");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(launched).containsExactly(cli.get(0).wizard().get());
        }
    }

    @Test
    void withoutAVersionEveryGenerationsMeaningShowsAndABadVersionSaysWhatToType(FxRobot robot) throws Exception {
        robot.interact(() -> vm.pick("blinking-cyan-1-orange"));
        List<Finding> all = LedPatterns.standard().diagnose("blinking-cyan-1-orange", VersionRange.ANY);
        assertThat(all).hasSizeGreaterThan(1); // one orange: DECRYPTION_ERROR only on 0.4-1.5
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(vm.findings())).get()).isEqualTo(all);

        robot.interact(() -> vm.firmwareProperty().set("one point five"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.firmwareProblemProperty().get()).get())
                .contains("not a Device OS version").contains("1.5.2");
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#led-firmware-problem").queryAs(Label.class)
                .isVisible()).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(vm.findings())).get()).isEqualTo(all);

        robot.interact(() -> vm.firmwareProperty().set("2.3"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(vm.findings())).get())
                .isEqualTo(LedPatterns.standard().diagnose("blinking-cyan-1-orange", VersionRange.parse("2.3")))
                .isNotEqualTo(all);
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.firmwareProblemProperty().get()).get()).isEmpty();
    }

    @Test
    void beforeAnyPickTheCardsSayWhatToDo(FxRobot robot) throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#led-cards .muted").queryAs(Label.class).getText())
                .get()).contains("Pick the pattern");
        assertThat(robot.lookup("#led-cards .fix-button").queryAllAs(Button.class)).isEmpty();
    }
}

package dev.reclaim.ui.log;

import dev.reclaim.log.Level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.common.ProblemBanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogViewTest {
    @TempDir
    Path dir;
    private LogViewModel vm;
    private final dev.reclaim.ui.common.FramePump pump = new dev.reclaim.ui.common.FramePump();

    @Start
    void start(Stage stage) {
        vm = new LogViewModel();
        ProblemBanner banner = new ProblemBanner();
        Operations ops = new Operations(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-work");
            t.setDaemon(true);
            return t;
        }), banner);
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(String title, String name, List<FileChooser.ExtensionFilter> filters) {
                return Optional.of(dir.resolve("export.txt"));
            }
        };
        pump.add(vm::drain).start();
        stage.setScene(new Scene(new VBox(banner, new LogView(vm, ops, dialogs)), 1100, 500));
        stage.show();
    }

    @Stop
    void stop() {
        pump.stop();
    }

    @Test
    void linesFromAReaderThreadArriveInBatchesAndTheViewFollowsTheEnd(FxRobot robot) throws Exception {
        Thread reader = new Thread(() -> {
            for (int i = 1; i <= 20_000; i++) {
                vm.append(new LogRow(i, i % 10 == 0 ? Level.WARN : Level.INFO, "app", "line " + i));
            }
        });
        reader.start();
        reader.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.allRows().size() == 20_000);
        WaitForAsyncUtils.waitForFxEvents();
        LogLines lines = robot.lookup("#log-list").queryAs(LogLines.class);
        List<LogRow> onScreen = lines.visibleRows();
        assertThat(onScreen).isNotEmpty();
        assertThat(onScreen.get(onScreen.size() - 1).text()).isEqualTo("line 20000");
        assertThat(vm.droppedProperty().get()).isZero();
        assertThat(vm.shownRows()).hasSize(20_000);
    }

    @Test
    void levelToggleCategoryAndRegexFilterTheLines(FxRobot robot) throws Exception {
        feed(List.of(
                new LogRow(0, Level.INFO, "system", "0000005346 [system] INFO: Cloud: connecting"),
                new LogRow(0, Level.WARN, "system", "0000005356 [system] WARN: Read Server Address = type:255"),
                new LogRow(0, Level.INFO, "comm.sparkprotocol.handshake",
                        "0000006029 [comm.sparkprotocol.handshake] INFO: Receive key"),
                new LogRow(0, Level.ERROR, "comm.sparkprotocol.handshake",
                        "0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19"),
                new LogRow(0, Level.WARN, "system", "0000006302 [system] WARN: Cloud handshake failed, code=-19")));

        robot.clickOn("#log-level-info");
        assertThat(shownTexts()).hasSize(3).allMatch(t -> !t.contains(" INFO: "));

        robot.clickOn("#log-search").write("code=-\\d+").type(KeyCode.ENTER);
        assertThat(shownTexts()).containsExactly("0000006302 [system] WARN: Cloud handshake failed, code=-19");

        TextField search = robot.lookup("#log-search").query();
        robot.interact(search::clear);
        robot.clickOn("#log-search").write("key -19 (").type(KeyCode.ENTER);
        assertThat(search.getPseudoClassStates().toString()).contains("invalid");
        assertThat(shownTexts()).isEmpty();

        robot.interact(search::clear);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#log-level-info");
        robot.clickOn("#log-category").write("comm").type(KeyCode.ENTER);
        assertThat(shownTexts()).hasSize(2).allMatch(t -> t.contains("[comm.sparkprotocol.handshake]"));
    }

    @Test
    void clickingAndShiftClickingSelectsARangeThatCopyPutsOnTheClipboard(FxRobot robot) throws Exception {
        feed(List.of(new LogRow(0, Level.INFO, "a", "first"), new LogRow(0, Level.WARN, "a", "second"),
                new LogRow(0, Level.ERROR, "a", "third"), new LogRow(0, Level.INFO, "a", "fourth")));
        WaitForAsyncUtils.waitForFxEvents();
        LogLines lines = robot.lookup("#log-list").queryAs(LogLines.class);
        javafx.geometry.Bounds b = lines.localToScreen(lines.getBoundsInLocal());
        double rowHeight = lines.rowHeight();
        robot.clickOn(b.getMinX() + 60, b.getMinY() + rowHeight * 1.5);
        robot.press(KeyCode.SHIFT).clickOn(b.getMinX() + 60, b.getMinY() + rowHeight * 2.5).release(KeyCode.SHIFT);
        assertThat(lines.selectedRows()).extracting(LogRow::text).containsExactly("second", "third");
        robot.clickOn("#log-copy");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get();
        assertThat(copied).isEqualTo("second\nthird\n");
        robot.clickOn("#log-level-warn");
        assertThat(lines.selectedRows()).as("selection survives filtering").extracting(LogRow::text)
                .containsExactly("third");
    }

    @Test
    void exportWritesTheShownLinesToTheChosenFile(FxRobot robot) throws Exception {
        feed(List.of(new LogRow(0, Level.INFO, "a", "keep me"), new LogRow(0, Level.ERROR, "a", "and me"),
                new LogRow(0, Level.TRACE, "a", "hidden")));
        robot.clickOn("#log-level-trace");
        robot.clickOn("#log-export");
        Path out = dir.resolve("export.txt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(out));
        assertThat(Files.readAllLines(out)).containsExactly("keep me", "and me");
    }

    private void feed(List<LogRow> rows) throws Exception {
        for (int i = 0; i < rows.size(); i++) {
            LogRow r = rows.get(i);
            vm.append(new LogRow(i + 1, r.level(), r.category(), r.text()));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.allRows().size() == rows.size());
    }

    private List<String> shownTexts() {
        WaitForAsyncUtils.waitForFxEvents();
        return vm.shownRows().stream().map(LogRow::text).toList();
    }
}

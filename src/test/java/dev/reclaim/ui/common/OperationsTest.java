package dev.reclaim.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OperationsTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private ProblemBanner banner;
    private Operations ops;

    @Start
    void start(Stage stage) {
        banner = new ProblemBanner();
        ops = new Operations(pool, banner);
        stage.setScene(new Scene(new VBox(banner), 400, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void successRunsOffTheFxThreadAndHandsTheResultBackOnIt(FxRobot robot) throws Exception {
        AtomicReference<String> workerThread = new AtomicReference<>();
        AtomicReference<String> resultThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> ops.job("count bytes", p -> {
            workerThread.set(Thread.currentThread().getName());
            p.update(1, 2);
            return 42;
        }).onSuccess(v -> resultThread.set(Thread.currentThread().getName() + ":" + v))
                .andFinally(done::countDown).start());
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workerThread.get()).doesNotContain("JavaFX Application Thread");
        assertThat(resultThread.get()).isEqualTo("JavaFX Application Thread:42");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ops.currentProperty().get()).isNull();
        assertThat(ops.lastOutcomeProperty().get()).isEqualTo("Done: count bytes");
    }

    @Test
    void aFailureBecomesABannerWithTheFixAndNoStackTrace(FxRobot robot) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> ops.job("read the DCT", p -> {
            throw new IOException("The bootloader stopped answering at 0x08004000: check the cable.");
        }).andFinally(done::countDown).start());
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#problem-title").queryLabeled().getText()).isEqualTo("Could not read the DCT");
        assertThat(robot.lookup("#problem-detail").queryLabeled().getText()).contains("check the cable");
        robot.clickOn("#problem-dismiss");
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void cancelStopsTheWorkAndReportsNoProblem(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<Task<Integer>> task = new AtomicReference<>();
        robot.interact(() -> task.set(ops.job("write the device", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            return 0;
        }).andFinally(finished::countDown).start()));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ops.currentProperty().get()).isSameAs(task.get());
        robot.interact(ops::cancelCurrent);
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ops.lastOutcomeProperty().get()).isEqualTo("Cancelled: write the device");
        assertThat(banner.isVisible()).isFalse();
    }
}

package dev.reclaim.ui.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.sim.stlink.SimulatedBench;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.station.Station;
import dev.reclaim.workflow.station.WitnessOverlap;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Line on a simulated ST-Link on a bench: after the first device the line waits; taking the board off (0 V) and
 * putting the next one on (3.3 V) starts it, with no key pressed; the board left on is not run again.
 */
class LineAutoStartTest extends WindowTest {
    private final String benchName = "line-auto-" + System.nanoTime();
    private final SimulatedBench bench = SimulatedBench.named(benchName);
    private LineViewModel line;
    private Stage stage;

    @Override
    protected String deviceSpec() {
        return "";
    }

    @AfterEach
    void endShift() throws Exception {
        bench.attach();
        WaitForAsyncUtils.asyncFx(() -> {
            if (line != null) {
                line.stop();
            }
            if (stage != null) {
                stage.close();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theNextDeviceStartsWhenABoardIsPutOnTheProbe(FxRobot robot) throws Exception {
        // The station the Line runs, on the bench's probe, as View → Line makes it for the device in use.
        DeviceSpec probe = DeviceKinds.parse("sim-stlink:keys-rejected,bench=" + benchName);
        DeviceOptions options = new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults());
        WaitForAsyncUtils.asyncFx(() -> {
            line = new LineViewModel(window.operations(), recipe -> new Station(new Station.Setup(recipe, probe,
                    options, "bench-test", Optional.empty(), windows.home, Optional.empty(), Duration.ofSeconds(60),
                    WitnessOverlap.DEFAULT_SLOTS)),
                    "", chosen -> { });
            stage = new Stage();
            stage.setScene(new Scene(new LineView(line, windows.dialogs, () -> { }), 900, 600));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        robot.interact(() -> line.shiftSizeProperty().set(2));
        robot.clickOn("#line-start");
        Fx.waitUntil(90, () -> line.countProperty().get() == 1 && LineViewModel.ATTACH.equals(
                line.verdictProperty().get()));

        // The finished board is still on the pins: the probe measures it, and the line keeps waiting.
        int seen = bench.boardReadings();
        Fx.waitUntil(10, () -> bench.boardReadings() >= seen + 3);
        assertThat(Fx.on(() -> line.verdictProperty().get())).isEqualTo(LineViewModel.ATTACH);
        assertThat(Fx.on(() -> line.countProperty().get())).isEqualTo(1);

        bench.detach();
        Fx.waitUntil(10, () -> bench.emptyReadings() > 0);
        assertThat(Fx.on(() -> line.verdictProperty().get())).isEqualTo(LineViewModel.ATTACH);
        bench.attach();
        Fx.waitUntil(90, () -> line.countProperty().get() == 2 && !line.runningProperty().get());
        assertThat(Fx.on(() -> line.tallyProperty().get())).isEqualTo("2 devices, 2 passed, yield 100%");
        // The probe let go of each board at its reset: the fixture list shows both with their results.
        assertThat(Fx.on(() -> List.copyOf(line.fixture()))).hasSize(2).allSatisfy(board ->
                assertThat(board).contains(": PASS ("));
        assertThat(Fx.on(() -> line.modeProperty().get())).contains("witnessed on the fixture");
        try (SqliteJournal journal = SqliteJournal.in(windows.home)) {
            assertThat(journal.list(Optional.empty())).hasSize(2).extracting(JournalEntry::deviceId)
                    .doesNotHaveDuplicates();
        }
    }
}

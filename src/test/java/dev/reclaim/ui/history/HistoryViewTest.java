package dev.reclaim.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** View → History: the journal's runs from the real SQLite journal, filtered by device ID, detailed, exported. */
class HistoryViewTest extends WindowTest {
    private static final String RECOVERED = "3c003d000a47353235303037";
    private static final String CYCLED = "2a001f000c47353138383138";

    @Override
    protected String deviceSpec() {
        return "";
    }

    @Test
    void ctrlHShowsTheRunsTheFilterNarrowsThemAndTheShownOnesExportAsOwnerOnlyCsv(FxRobot robot) throws Exception {
        Instant t0 = Instant.parse("2026-11-30T09:00:00Z");
        try (SqliteJournal journal = SqliteJournal.in(windows.home)) {
            journal.record(new JournalEntry(0, "bench-2", "ana", RECOVERED, "recover-keys", t0,
                    Duration.ofMillis(12_400), "handshake_completed", List.of(
                    new StepRecord(1, "Identify the device", StepOutcome.OK, t0, Duration.ofMillis(300),
                            "device " + RECOVERED),
                    new StepRecord(2, "Register the public key", StepOutcome.OK, t0, Duration.ofMillis(900),
                            "registered, fingerprint 9f2c…")),
                    List.of(new JournalEntry.KeyFingerprint("new device key", "ab".repeat(32))),
                    List.of(), "cloud: last_handshake_at 2026-11-30T09:00:12Z"));
            journal.record(new JournalEntry(0, "bench-2", "ana", CYCLED, "claim-cycle", t0.plusSeconds(60),
                    Duration.ofMillis(3_000), "failed", List.of(new StepRecord(1, "Unclaim", StepOutcome.FAILED,
                    t0.plusSeconds(60), Duration.ofMillis(200), "The Particle Cloud failed (HTTP 503)")),
                    List.of(), List.of(), ""));
        }

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        Fx.waitUntil(20, () -> window.history() != null && window.history().entries().size() == 2);
        TableView<?> table = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(Fx.on(() -> table.getItems().size())).isEqualTo(2);
        assertThat(Fx.on(() -> window.history().entries().get(0).deviceId())).as("newest first").isEqualTo(CYCLED);

        robot.clickOn("#history-filter").write("3C003D");
        Fx.waitUntil(5, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        Fx.waitUntil(5, () -> window.history().steps().size() == 2);
        assertThat(robot.lookup("#history-details").queryLabeled().getText())
                .contains("cloud: last_handshake_at").contains("new device key: " + "ab".repeat(32));

        Path csv = windows.home.resolve("history.csv");
        windows.dialogs.answer(csv);
        robot.clickOn("#history-export");
        Fx.waitUntil(10, () -> window.operations().lastOutcomeProperty().get().startsWith("1 run exported"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("id,started,device_id,wizard,outcome,seconds,station,operator");
        assertThat(lines.get(1)).contains(RECOVERED + ",recover-keys,handshake_completed,12.4,bench-2,ana")
                .contains("2. Register the public key: ok 0.9 s").doesNotContain(CYCLED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
    }
}

package dev.reclaim.ui.report;

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
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The journal's report from History: the yield per shift and station, the failures, the device worked on twice, the
 * period as a choice, the runs exported as owner-only CSV.
 */
class ReportViewTest extends WindowTest {
    private static final String TWICE = "3c003d000a47353235303037";
    private static final String ONCE = "2a001f000c47353138383138";
    private static final String LAST_MONTH = "1b001f000c47353138383199";

    @Override
    protected String deviceSpec() {
        return "";
    }

    @Test
    void historyOpensTheReportOfTheChosenPeriodAndItsRunsExport(FxRobot robot) throws Exception {
        Instant now = Instant.now();
        try (SqliteJournal journal = SqliteJournal.in(windows.home)) {
            journal.record(run(TWICE, "bench-1", now.minusSeconds(600), "register_failed",
                    new StepRecord(3, "Register the public key", StepOutcome.FAILED, now.minusSeconds(600),
                            Duration.ofMillis(400), "The Particle Cloud failed (HTTP 503)")));
            journal.record(run(TWICE, "bench-1", now.minusSeconds(300), "handshake_completed",
                    new StepRecord(1, "Identify the device", StepOutcome.OK, now.minusSeconds(300),
                            Duration.ofMillis(300), "device " + TWICE)));
            journal.record(run(ONCE, "bench-1", now.minusSeconds(120), "handshake_completed",
                    new StepRecord(1, "Identify the device", StepOutcome.OK, now.minusSeconds(120),
                            Duration.ofMillis(300), "device " + ONCE)));
            journal.record(run(LAST_MONTH, "bench-2", now.minus(Duration.ofDays(20)), "handshake_completed",
                    new StepRecord(1, "Identify the device", StepOutcome.OK, now.minus(Duration.ofDays(20)),
                            Duration.ofMillis(300), "device " + LAST_MONTH)));
        }
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        Fx.waitUntil(20, () -> window.history() != null);
        robot.clickOn("#history-report");
        Fx.waitUntil(20, () -> window.report() != null && !window.report().summaryProperty().get().isEmpty());
        ReportViewModel report = window.report();
        @SuppressWarnings("unchecked")
        ComboBox<ReportViewModel.Period> since = robot.lookup("#report-since").queryAs(ComboBox.class);
        // Not today's shift (from local midnight, which the runs of ten minutes ago may precede): the last 8 hours.
        robot.interact(() -> since.setValue(period("8h")));
        Fx.waitUntil(10, () -> report.summaryProperty().get().contains("3 runs"));
        assertThat(Fx.on(() -> report.summaryProperty().get())).contains("2 passed").contains("yield 66.7 %");
        assertThat(Fx.on(() -> report.repeatedDevices().size())).isEqualTo(1);
        assertThat(Fx.on(() -> report.repeatedDevices().get(0).deviceId())).isEqualTo(TWICE);
        assertThat(Fx.on(() -> report.repeatedDevices().get(0).runs())).isEqualTo(2);
        assertThat(Fx.on(() -> List.copyOf(report.failures()))).singleElement().satisfies(f -> {
            assertThat(f.failedStep()).isEqualTo("Register the public key");
            assertThat(f.diagnosis()).isEqualTo("register_failed");
            assertThat(f.example()).contains("HTTP 503");
        });
        TableView<?> failures = robot.lookup("#report-failures").queryAs(TableView.class);
        assertThat(Fx.on(() -> failures.getItems().size())).isEqualTo(1);

        robot.interact(() -> since.setValue(period("30d")));
        Fx.waitUntil(10, () -> report.summaryProperty().get().contains("4 runs"));
        assertThat(Fx.on(() -> report.summaryProperty().get())).contains("3 passed").contains("yield 75.0 %");
        assertThat(Fx.on(() -> report.shifts().stream().mapToInt(s -> s.runs()).sum())).isEqualTo(4);
        assertThat(Fx.on(() -> report.shifts().stream().map(s -> s.station()).distinct().toList()))
                .containsExactlyInAnyOrder("bench-1", "bench-2");

        Path csv = windows.home.resolve("report.csv");
        windows.dialogs.answer(csv);
        robot.clickOn("#report-export");
        Fx.waitUntil(10, () -> window.operations().lastOutcomeProperty().get().startsWith("4 runs exported"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("id,started,device_id,wizard,outcome");
        assertThat(String.join("\n", lines)).contains(LAST_MONTH).contains("register_failed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
    }

    private static ReportViewModel.Period period(String since) {
        return ReportViewModel.PERIODS.stream().filter(p -> p.since().equals(java.util.Optional.of(since)))
                .findFirst().orElseThrow();
    }

    private static JournalEntry run(String device, String station, Instant at, String outcome, StepRecord step) {
        return new JournalEntry(0, station, "ana", device, "recover-keys", at, Duration.ofSeconds(10), outcome,
                List.of(step), List.of(), List.of(), outcome.equals("handshake_completed") ? "cloud: connected" : "");
    }
}

package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every journal promises, run on each database by a subclass: idempotent writes by run id, device claims
 * (claim, refuse another station, release, a lapsed claim taken over), reads since a time, and the report's
 * figures from what was recorded. Each test gets an empty journal; {@link #open()} opens another connection to it,
 * as a second station would.
 */
abstract class JournalContractTest {
    static final String DEVICE_A = "32003a000b47343533383531";
    static final String DEVICE_B = "3a0021000d47353136383631";
    static final String DEVICE_C = "1e0032000447343339373536";

    @TempDir
    Path home;

    private final List<Journal> opened = new ArrayList<>();

    /** The location of a new, empty journal for this test. */
    abstract JournalLocation emptyJournal() throws Exception;

    private JournalLocation location;

    /** A journal on this test's database, through the factory stations use. */
    Journal open() throws Exception {
        if (location == null) {
            location = emptyJournal();
        }
        Journal j = Journals.open(location, home);
        opened.add(j);
        return j;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (Journal j : opened) {
            j.close();
        }
    }

    static JournalEntry entry(String station, String deviceId, Instant started, String outcome,
                              StepOutcome second, String secondDetail) {
        return new JournalEntry(0, UUID.randomUUID(), station, "tech", deviceId, "recover-keys", started,
                Duration.ofSeconds(8), outcome, List.of(
                        new StepRecord(1, "Back up the DCT", StepOutcome.OK, started, Duration.ofMillis(900),
                                "32768 bytes saved"),
                        new StepRecord(2, "Register the public key", second, started.plusSeconds(1),
                                Duration.ofMillis(40), secondDetail)),
                List.of(new JournalEntry.KeyFingerprint("new device key", "cd".repeat(32))),
                List.of(new JournalEntry.BackupReference(Path.of("/home/tech/.reclaim/backups/x-dct.bin"),
                        "ab".repeat(32))),
                "cloud: connected");
    }

    static JournalEntry passed(String station, String deviceId, Instant started) {
        return entry(station, deviceId, started, "handshake_completed", StepOutcome.OK, "registered");
    }

    @Test
    void aRetriedWriteIsRecordedOnceWhoeverRetriesIt() throws Exception {
        Journal bench1 = open();
        Journal bench2 = open();
        JournalEntry run = passed("bench-1", DEVICE_A, Instant.parse("2026-11-30T10:15:30.123456789Z"));

        long id = bench1.record(run);
        assertThat(bench1.record(run)).isEqualTo(id);
        assertThat(bench2.record(run)).isEqualTo(id);

        List<JournalEntry> all = bench2.list(Optional.empty());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).id()).isEqualTo(id);
        assertThat(all.get(0)).usingRecursiveComparison().ignoringFields("id").isEqualTo(run);
        JournalEntry sameDeviceNewRun = passed("bench-1", DEVICE_A, run.started().plusSeconds(60));
        assertThat(bench1.record(sameDeviceNewRun)).isNotEqualTo(id);
        assertThat(bench1.list(Optional.of(DEVICE_A))).hasSize(2);
    }

    @Test
    void aClaimedDeviceIsRefusedToAnotherStationUntilReleased() throws Exception {
        Journal bench1 = open();
        Journal bench2 = open();
        DeviceClaim held = bench1.claim(DEVICE_A, "bench-1");
        assertThat(held.deviceId()).isEqualTo(DEVICE_A);

        assertThatThrownBy(() -> bench2.claim(DEVICE_A.toUpperCase(), "bench-2"))
                .isInstanceOfSatisfying(DeviceBusyException.class, e -> {
                    assertThat(e.station()).isEqualTo("bench-1");
                    assertThat(e.since()).isEqualTo(held.since());
                })
                .hasMessage("Device " + DEVICE_A + " is being worked on by station bench-1 since " + held.since()
                        + ": finish it there, or wait until that station releases it.");
        // The same station cannot take it twice either (two runs on one bench).
        assertThatThrownBy(() -> bench1.claim(DEVICE_A, "bench-1")).isInstanceOf(DeviceBusyException.class);
        // Other devices are free meanwhile.
        try (DeviceClaim other = bench2.claim(DEVICE_B, "bench-2")) {
            assertThat(other.station()).isEqualTo("bench-2");
        }

        held.close();
        held.close();
        try (DeviceClaim taken = bench2.claim(DEVICE_A, "bench-2")) {
            assertThat(taken.station()).isEqualTo("bench-2");
            assertThatThrownBy(() -> bench1.claim(DEVICE_A, "bench-1")).hasMessageContaining("station bench-2");
        }
    }

    @Test
    void aLapsedClaimIsTakenOverAndItsOldHolderCannotReleaseTheNewOne() throws Exception {
        Journal bench1 = open();
        Journal bench2 = open();
        // A lease that has run out already, as that of a station that died holding the device.
        DeviceClaim crashed = bench1.claim(DEVICE_A, "bench-1", Duration.ofSeconds(-1));

        DeviceClaim taken = bench2.claim(DEVICE_A, "bench-2");
        crashed.close();

        assertThatThrownBy(() -> bench1.claim(DEVICE_A, "bench-1")).hasMessageContaining("station bench-2");
        taken.close();
        bench1.claim(DEVICE_A, "bench-1").close();
    }

    @Test
    void entriesSinceATimeAreOldestFirst() throws Exception {
        Journal journal = open();
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        journal.record(passed("bench-1", DEVICE_A, t.plusMillis(999)));
        journal.record(passed("bench-1", DEVICE_B, t.minusSeconds(1)));
        journal.record(passed("bench-2", DEVICE_C, t.plusNanos(1)));
        journal.record(passed("bench-2", DEVICE_C, t.plusSeconds(1)));

        assertThat(journal.since(t)).extracting(JournalEntry::started)
                .containsExactly(t.plusNanos(1), t.plusMillis(999), t.plusSeconds(1));
    }

    @Test
    void theReportCountsYieldPerShiftAndStationFailuresAndRepeatedDevices() throws Exception {
        Journal journal = open();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 23:30 UTC on the 30th is 00:30 on 1 December in Berlin: the next shift there.
        Instant day1 = Instant.parse("2026-11-30T09:00:00Z");
        Instant day2 = Instant.parse("2026-11-30T23:30:00Z");
        journal.record(passed("bench-1", DEVICE_A, day1));
        journal.record(entry("bench-1", DEVICE_B, day1.plusSeconds(60), "register_failed", StepOutcome.FAILED,
                "The Particle Cloud failed (HTTP 503): retry in a moment."));
        journal.record(passed("bench-2", DEVICE_C, day1.plusSeconds(120)));
        journal.record(entry("bench-1", DEVICE_B, day2, "register_failed", StepOutcome.FAILED,
                "The Particle Cloud failed (HTTP 429): retry in a minute."));
        journal.record(entry("bench-1", DEVICE_B, day2.plusSeconds(60), "handshake_timed_out", StepOutcome.OK, "ok"));
        journal.record(passed("bench-2", DEVICE_B, day2.plusSeconds(120)));
        journal.record(passed("bench-2", DEVICE_A, day1.minusSeconds(3600)));  // before the report's start

        JournalReport report = JournalReport.of(journal.since(day1), day1, berlin);

        assertThat(report.runs()).isEqualTo(6);
        assertThat(report.passed()).isEqualTo(3);
        assertThat(report.shifts()).containsExactly(
                new JournalReport.ShiftYield(LocalDate.parse("2026-11-30"), "bench-1", 2, 1),
                new JournalReport.ShiftYield(LocalDate.parse("2026-11-30"), "bench-2", 1, 1),
                new JournalReport.ShiftYield(LocalDate.parse("2026-12-01"), "bench-1", 2, 0),
                new JournalReport.ShiftYield(LocalDate.parse("2026-12-01"), "bench-2", 1, 1));
        assertThat(report.failures()).containsExactly(
                new JournalReport.FailureCount("Register the public key", "register_failed", 2,
                        "The Particle Cloud failed (HTTP 429): retry in a minute."),
                new JournalReport.FailureCount(JournalReport.FailureCount.NO_STEP, "handshake_timed_out", 1,
                        "cloud: connected"));
        assertThat(report.repeatedDevices()).containsExactly(new JournalReport.RepeatedDevice(DEVICE_B, 4,
                List.of("bench-1", "bench-2"), "handshake_completed", false));
    }
}

package dev.reclaim.workflow.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shift through the simulated ST-Link whose witnesses overlap the next devices' probe work: each simulated P1's
 * firmware takes its real time to its first attempt (seconds), its flash is instant, so the station's own work is
 * short beside the wait, as on a line.
 */
class OverlappedShiftTest {
    /** Instant flash, real-time firmware: the first connection attempt seconds after the boot. */
    private static final DeviceOptions WAITING_FIRMWARE = new DeviceOptions(new SimulatorOptions(false,
            SimulatorOptions.DEFAULT_BAUD, FlashTiming.INSTANT, true, false, SimulatorOptions.BOOTLOADER_V3_3),
            BootloaderPortSettings.defaults());

    @TempDir
    Path home;

    private Station station(String via, DeviceOptions options, Duration deadline, int slots)
            throws RecipeException {
        return new Station(new Station.Setup(Recipes.load("recover-particle"), DeviceKinds.parse(via), options,
                "bench-overlap", Optional.empty(), home, Optional.empty(), deadline, slots));
    }

    /** What a front end heard, in the order it heard it. */
    private static class Heard implements ShiftListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<DeviceResult> results = new CopyOnWriteArrayList<>();

        @Override
        public void deviceStarted(int number, String description) {
            events.add("started " + number);
        }

        @Override
        public void deviceWitnessing(int number, String deviceId) {
            events.add("witnessing " + number);
        }

        @Override
        public void deviceFinished(DeviceResult result) {
            events.add("finished " + result.number());
            results.add(result);
        }
    }

    private static StepRecord step(DeviceResult r, String title) {
        return r.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static Instant end(StepRecord s) {
        return s.started().plus(s.duration());
    }

    private List<JournalEntry> journal() throws Exception {
        try (SqliteJournal j = SqliteJournal.in(home)) {
            return j.list(Optional.empty());
        }
    }

    /** Every device ID in the journal can be claimed by another station now: no claim was left behind. */
    private void assertNoClaimLeft(List<JournalEntry> entries) throws Exception {
        try (SqliteJournal j = SqliteJournal.in(home)) {
            for (JournalEntry e : entries) {
                j.claim(e.deviceId(), "another-station").close();
            }
        }
    }

    @Test
    void theNextDevicesProbeWorkStartsWhileTheLastOneIsWitnessed() throws Exception {
        Station station = station("sim-stlink:keys-rejected", WAITING_FIRMWARE, Duration.ofSeconds(60), 4);
        assertThat(station.overlapped()).isTrue();
        Heard heard = new Heard();

        List<DeviceResult> results = station.run(4, Cancellation.none(), heard, () -> true);

        assertThat(results).extracting(DeviceResult::number).containsExactly(1, 2, 3, 4);
        assertThat(heard.results).extracting(DeviceResult::number).containsExactly(1, 2, 3, 4);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.passed()).as(r.detail()).isTrue();
            assertThat(r.probeSeconds()).isLessThan(r.seconds());
        });
        for (int k = 0; k + 1 < results.size(); k++) {
            Instant witnessEnded = end(step(results.get(k), Station.WITNESS_STEP));
            Instant nextIdentified = step(results.get(k + 1), "Identify the device").started();
            assertThat(nextIdentified).as("device %d's probe work begins before device %d's witness ends", k + 2,
                    k + 1).isBefore(witnessEnded);
        }
        // The station went on to device 2 before device 1's result came.
        assertThat(heard.events.indexOf("started 2")).isLessThan(heard.events.indexOf("finished 1"));
        assertThat(heard.events.indexOf("witnessing 1")).isLessThan(heard.events.indexOf("started 2"));
        List<JournalEntry> entries = journal();
        assertThat(entries).hasSize(4).extracting(JournalEntry::deviceId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(results.stream().map(DeviceResult::deviceId).toList());
        assertThat(entries).extracting(JournalEntry::outcome).containsOnly("handshake_completed");
        assertNoClaimLeft(entries);
    }

    @Test
    void aWitnessThatFailsInTheBackgroundIsAFailAtTheWitnessStep() throws Exception {
        // Device OS 1.5.2 prints no connection line: only the cloud can witness, and its lookups fail.
        DeviceOptions options = new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults())
                .withCloudFails(List.of("lookup"));
        Station station = station("sim-stlink:keys-rejected-1.5.2", options, Duration.ofSeconds(3), 2);
        Heard heard = new Heard();

        List<DeviceResult> results = station.run(2, Cancellation.none(), heard, () -> true);

        assertThat(results).extracting(DeviceResult::number).containsExactly(1, 2);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.failedStep()).isEqualTo(Station.WITNESS_STEP);
            assertThat(r.outcome()).isEqualTo("handshake_timed_out");
            assertThat(r.detail()).contains("cloud lookup failed");
        });
        assertThat(heard.events).contains("witnessing 1", "witnessing 2");
        List<JournalEntry> entries = journal();
        assertThat(entries).hasSize(2).extracting(JournalEntry::outcome).containsOnly("handshake_timed_out");
        assertNoClaimLeft(entries);
    }

    @Test
    void stoppingMidShiftJournalsTheBoardsBeingWitnessedAndLeavesNoClaim() throws Exception {
        Station station = station("sim-stlink:keys-rejected", WAITING_FIRMWARE, Duration.ofSeconds(60), 4);
        Cancellation cancellation = new Cancellation();
        Heard heard = new Heard() {
            @Override
            public void deviceWitnessing(int number, String deviceId) {
                super.deviceWitnessing(number, deviceId);
                if (number == 2) {
                    cancellation.cancel(); // device 1 and 2 are on the fixture, their witnesses running
                }
            }
        };

        assertThatThrownBy(() -> station.run(6, cancellation, heard, () -> true))
                .isInstanceOf(CancelledException.class);

        assertThat(heard.results).extracting(DeviceResult::number).containsExactly(1, 2);
        assertThat(heard.results).extracting(DeviceResult::outcome).containsOnly("cancelled");
        assertThat(heard.results).allSatisfy(r -> {
            assertThat(r.failedStep()).isEqualTo(Station.WITNESS_STEP);
            assertThat(r.detail()).isNotBlank();
        });
        assertThat(heard.events).doesNotContain("started 3");
        List<JournalEntry> entries = journal();
        assertThat(entries).hasSize(2).extracting(JournalEntry::outcome).containsOnly("cancelled");
        assertNoClaimLeft(entries);
    }

    @Test
    void aUartBootloaderWorksOnOneDeviceAtATimeAndSaysWhy() throws Exception {
        Station station = station("sim:keys-rejected", WAITING_FIRMWARE, Duration.ofSeconds(60), 4);
        assertThat(station.overlapped()).isFalse();
        assertThat(station.sequentialBecause()).hasValueSatisfying(why -> assertThat(why).contains("UART"));
        assertThat(station("sim-stlink:keys-rejected", WAITING_FIRMWARE, Duration.ofSeconds(60), 1).overlapped())
                .isFalse();
    }
}

package dev.reclaim.workflow.station;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stations, two threads, one SQLite journal file, two simulated P1s with the same UID (so the same device ID):
 * the claim lets exactly one of them work on the device; the other stops at its claim step, changing nothing.
 */
class StationClaimTest {
    private static final String UID = "3a0021000d47353136383699";

    @TempDir
    Path home;

    @Test
    void twoStationsOnTheSameDeviceIdOneIsRefusedByTheClaim() throws Exception {
        Recipe recipe = Recipes.load("recover-particle");
        // Each station waits at its claim until both have tried, so the winner still holds its claim then.
        CountDownLatch bothTried = new CountDownLatch(2);
        ExecutorService stations = Executors.newFixedThreadPool(2);
        try {
            Future<WizardOutcome> a = stations.submit(() -> runAs("station-a", recipe, bothTried));
            Future<WizardOutcome> b = stations.submit(() -> runAs("station-b", recipe, bothTried));
            List<String> outcomes = List.of(a.get(60, TimeUnit.SECONDS).outcome(),
                    b.get(60, TimeUnit.SECONDS).outcome());
            assertThat(outcomes).containsExactlyInAnyOrder("handshake_completed", "device_busy");
        } finally {
            stations.shutdownNow();
        }
        try (SqliteJournal journal = SqliteJournal.in(home)) {
            List<JournalEntry> entries = journal.list(Optional.empty());
            assertThat(entries).extracting(JournalEntry::outcome)
                    .containsExactlyInAnyOrder("handshake_completed", "device_busy");
            assertThat(entries).extracting(JournalEntry::deviceId).containsOnly(entries.get(0).deviceId());
            assertThat(entries).extracting(JournalEntry::station).containsExactlyInAnyOrder("station-a", "station-b");
            // Both released: a third station can claim the device now.
            journal.claim(entries.get(0).deviceId(), "station-c").close();
        }
    }

    private WizardOutcome runAs(String station, Recipe recipe, CountDownLatch bothTried) throws Exception {
        DeviceOptions options = new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults())
                .withSimulatedUid(UID);
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"), options);
             SqliteJournal claims = SqliteJournal.in(home)) {
            DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(Optional.empty()),
                    device.logSource(new SerialLogSource.PortListener() { }), Optional.empty(), Duration.ofSeconds(30),
                    Duration.ofMillis(200), new BackupStore(home.resolve(station), Clock.systemUTC()),
                    new PendingKeys(home.resolve(station)), new RunJournal(() -> SqliteJournal.in(home), Optional.of(station)));
            RecipeWizard wizard = new RecipeWizard(setting, recipe.plan(), id -> {
                try {
                    return claims.claim(id, station);
                } finally {
                    bothTried.countDown();
                    bothTried.await(20, TimeUnit.SECONDS);
                }
            });
            return wizard.run(Cancellation.none(), WizardListener.NONE);
        }
    }
}

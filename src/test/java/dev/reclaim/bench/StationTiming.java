package dev.reclaim.bench;

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
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.Journals;
import dev.reclaim.workflow.station.Recipes;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Wall time per device of the {@code recover-particle} recipe, as a station runs it (identify, claim in the SQLite
 * journal, back up, keys, register, server, reset, witness), on the paced simulator (bytes at 115200 baud, datasheet
 * flash times, firmware in real time: its first attempt 5.3 s after boot) through the UART bootloader and the
 * simulated ST-Link, with the time of each step.
 * Run: java -cp target/classes:target/test-classes:$(deps) dev.reclaim.bench.StationTiming [JOURNAL_URL]
 */
public final class StationTiming {
    private StationTiming() {
    }

    /** @param args optionally a journal URL (postgresql://…); the SQLite journal in a temporary home without */
    public static void main(String[] args) throws Exception {
        Optional<String> journalUrl = args.length > 0 ? Optional.of(args[0]) : Optional.of("");
        DeviceOptions paced = new DeviceOptions(SimulatorOptions.realistic().withPacing(true, 115200),
                BootloaderPortSettings.defaults());
        for (String spec : new String[] {"sim:keys-rejected", "sim-stlink:keys-rejected"}) {
            Path home = Files.createTempDirectory("station-timing");
            try (DeviceSession device = DeviceSession.open(DeviceKinds.parse(spec), paced);
                 Journal claims = Journals.open(journalUrl, home)) {
                DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(Optional.empty()),
                        device.logSource(new dev.reclaim.log.SerialLogSource.PortListener() { }), Optional.empty(),
                        DeviceWizardSetting.WITNESS_DEADLINE, Duration.ofSeconds(1),
                        new BackupStore(home, Clock.systemUTC()), new PendingKeys(home),
                        new RunJournal(() -> Journals.open(journalUrl, home)));
                RecipeWizard wizard = new RecipeWizard(setting, Recipes.load("recover-particle").plan(),
                        id -> claims.claim(id, "bench"));
                long t0 = System.nanoTime();
                WizardOutcome outcome = wizard.run(Cancellation.none(), WizardListener.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s, journal %s: %s in %.1f s (%s)%n", spec, claims.describe(), outcome.outcome(), seconds, outcome.witness());
                for (StepRecord s : outcome.record().steps()) {
                    System.out.printf("   %2d %-30s %6.2f s  %s%n", s.number(), s.title(),
                            s.duration().toMillis() / 1000.0, s.outcome());
                }
            }
        }
    }
}

package dev.reclaim.bench;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.RecoverKeys;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Wall time of {@code recover} on the seed's device (keys-rejected) from the start of the wizard to the witnessed
 * handshake, on the paced simulator (bytes at 115200 baud, datasheet flash times, firmware in real time: its first
 * attempt 5.3 s after boot) through the UART bootloader and through the simulated ST-Link.
 * Run: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.reclaim.bench.RecoverTiming}
 * or with java -cp target/classes:target/test-classes:$(deps).
 */
public final class RecoverTiming {
    private RecoverTiming() {
    }

    public static void main(String[] args) throws Exception {
        DeviceOptions paced = new DeviceOptions(SimulatorOptions.realistic().withPacing(true, 115200),
                BootloaderPortSettings.defaults());
        for (String spec : new String[] {"sim:keys-rejected", "sim-stlink:keys-rejected"}) {
            Path home = Files.createTempDirectory("recover-timing");
            try (DeviceSession device = DeviceSession.open(DeviceKinds.parse(spec), paced)) {
                DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(Optional.empty()),
                        device.logSource(new dev.reclaim.log.SerialLogSource.PortListener() { }),
                        Optional.empty(), DeviceWizardSetting.WITNESS_DEADLINE, Duration.ofSeconds(1),
                        new BackupStore(home, Clock.systemUTC()), new PendingKeys(home),
                        new RunJournal(() -> SqliteJournal.in(home)));
                long t0 = System.nanoTime();
                WizardOutcome outcome = new RecoverKeys(setting, false).run(Cancellation.none(), WizardListener.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s: %s in %.1f s (%s)%n", spec, outcome.outcome(), seconds, outcome.witness());
                for (StepRecord s : outcome.record().steps()) {
                    System.out.printf("   %d %-28s %6.2f s%n", s.number(), s.title(), s.duration().toMillis() / 1000.0);
                }
            }
        }
    }
}

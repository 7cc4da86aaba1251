package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.ReadDct;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code reclaim backup restore}: the exit codes and the JSON document, on the simulated P1. */
class BackupRestoreCommandTest {
    @ReclaimHome
    Path home;

    /** A backup of the scenario's device, as a write would have taken it; returns its ID. */
    private String backupOf(String scenario) throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:" + scenario),
                DeviceOptions.commandLine(BootloaderPortSettings.of(115200, false, Optional.empty())))) {
            ReadDct.Result r = ReadDct.read(device, ProgressListener.NONE);
            Path file = new BackupStore(home, Clock.systemUTC()).save(r.identity().deviceId().orElseThrow(), r.dct(),
                    "taken by the test");
            return new BackupStore(home, Clock.systemUTC()).find(file.toString()).orElseThrow().id();
        }
    }

    @Test
    void anotherDevicesBackupExits2WithNothingWrittenAndIsRestoredWithForce() throws Exception {
        String foreign = backupOf("keys-rejected");

        CliRun refused = CliRun.of("backup", "restore", foreign, "--via", "sim:healthy");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("Nothing was written").contains("32003a000b47343533383531")
                .contains("--force").doesNotContain("Exception");

        CliRun forced = CliRun.of("backup", "restore", foreign, "--via", "sim:healthy", "--force", "--json");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(forced.out());
        assertThat(doc.get("outcome").asText()).isEqualTo("restored");
        assertThat(doc.get("deviceId").asText()).isEqualTo("3a0021000d47353136383631");
        assertThat(doc.get("steps").findValuesAsText("outcome")).containsOnly("ok");
        assertThat(doc.get("journalEntry").asLong()).isPositive();

        CliRun journal = CliRun.of("journal", "list", "--device", "3a0021000d47353136383631");
        assertThat(journal.out()).contains("backup-restore").contains("refused").contains("restored");
    }

    @Test
    void theOwnBackupIsRestoredByIdOrPath() throws Exception {
        String own = backupOf("healthy");
        CliRun byId = CliRun.of("backup", "restore", own, "--via", "sim-stlink:healthy");
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("Restored " + own + " to device 3a0021000d47353136383631.")
                .contains("The DCT as it was before: ").contains("Journal entry #");

        Path file = new BackupStore(home, Clock.systemUTC()).find(own).orElseThrow().file();
        assertThat(CliRun.of("backup", "restore", file.toString(), "--via", "sim:healthy").exitCode()).isZero();
    }

    @Test
    void anIdThatNamesNoBackupIsAUsageError() {
        CliRun r = CliRun.of("backup", "restore", "3a0021000d47353136383631/20990101T000000Z", "--via", "sim:healthy");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not a backup").contains("reclaim backup list");
    }
}

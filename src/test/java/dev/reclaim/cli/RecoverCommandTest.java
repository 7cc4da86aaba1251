package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code reclaim recover} and {@code reclaim server set} end to end on the in-process simulator (realistic flash
 * times, real-time firmware) and its cloud served over HTTP; exit 0 only once the handshake is witnessed.
 */
class RecoverCommandTest {
    @ReclaimHome
    Path home;

    @Test
    void keysRejectedIsRecoveredOnTheSimulatorAndTheRunIsJournaled() throws Exception {
        CliRun run = CliRun.of("recover", "--via", "sim:keys-rejected");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Recover keys on simulated P1 (keys-rejected)")
                .contains("[4/8] Register the public key").contains("[8/8] Wait for the handshake")
                .contains("seen by the device's log and the cloud")
                .containsPattern("Recover keys: handshake_completed in [0-9.]+ s \\(journal entry 1\\)");
        CliRun journal = CliRun.of("journal", "list", "--json");
        assertThat(journal.out()).contains("\"recover-keys\"").contains("handshake_completed");
    }

    @Test
    void aProductIdIsSentWithTheKeyAndAProductTheDeviceIsNotInRefusesItBeforeTheWrite() {
        // keys-rejected is a developer device in no product: the cloud refuses a registration naming product 77,
        // which it can only do if the client sent product_id; nothing is written after the refusal
        CliRun run = CliRun.of("recover", "--via", "sim:keys-rejected", "--product", "77");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEM);
        assertThat(run.out()).contains("Register the public key").contains("refused")
                .contains("register_failed").doesNotContain("Wrote DCT");
        assertThat(CliRun.of("recover", "--via", "sim:keys-rejected", "--product", "0").err())
                .contains("--product takes the product's id");
    }

    @Test
    void throughTheSimulatedStLinkTheJsonDocumentHasTheOutcomeStepsAndJournalEntry() throws Exception {
        CliRun run = CliRun.of("recover", "--via", "sim-stlink:keys-rejected", "--json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("outcome").asText()).isEqualTo("handshake_completed");
        assertThat(doc.get("steps")).hasSize(8);
        assertThat(doc.get("steps").get(3).get("title").asText()).isEqualTo("Register the public key");
        assertThat(doc.get("steps").get(3).get("outcome").asText()).isEqualTo("ok");
        assertThat(doc.get("steps").get(0).get("seconds").isNumber()).isTrue();
        assertThat(doc.get("journalEntry").asLong()).isPositive();
    }

    @Test
    void silentFirmwareIsRecoveredWithTheCloudAsTheOnlyWitness() {
        CliRun run = CliRun.of("recover", "--via", "sim:keys-rejected-1.5.2");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("seen by the cloud").doesNotContain("seen by the device's log");
    }

    @Test
    void aBlankPrivateKeyIsRecoveredFromTheKeyTheFirmwareMadeAtBoot() {
        CliRun run = CliRun.of("recover", "--via", "sim:blank-private-key");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("handshake_completed");
    }

    @Test
    void aCorruptServerKeyIsReplacedByTheParticlePreset() {
        CliRun run = CliRun.of("server", "set", "--via", "sim:server-key-corrupt", "--particle");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("[4/7] Write the server settings").contains("Set server: handshake_completed")
                .contains("seen by the device's log and the cloud");
    }

    @Test
    void serverSetWithoutAPresetIsAUsageError() {
        CliRun run = CliRun.of("server", "set", "--via", "sim:server-key-corrupt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--particle").contains("--key");
    }
}

package dev.reclaim.workflow.station;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.CloudDevice;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.ReadDct;
import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.SqliteJournal;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new recipe steps on a simulated P1 ({@code keys-rejected}) and the simulator's cloud over HTTP: a device
 * nobody owns is put in a product, its key registered there, a claim code written, and after its handshake it
 * claims itself for the account — which only works if every step did what it says.
 */
class RecipeStepsOnSimulatorTest {
    private static final String UID = "3a0021000d47353136383642";

    @TempDir
    Path home;

    private static final String PRODUCT_LINE = """
            {
              "name": "line-4242",
              "steps": [
                { "step": "identify" },
                { "step": "backup" },
                { "step": "product", "product": 4242 },
                { "step": "keys" },
                { "step": "register" },
                { "step": "server", "preset": "particle" },
                { "step": "claim-code" },
                { "step": "reset" },
                { "step": "witness", "onFail": "continue" },
                { "step": "claim" }
              ]
            }
            """;

    private WizardOutcome run(DeviceSession device, Recipe recipe) throws Exception {
        DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(Optional.empty()),
                device.logSource(new SerialLogSource.PortListener() { }), Optional.empty(), Duration.ofSeconds(30),
                Duration.ofMillis(200), new BackupStore(home, Clock.systemUTC()), new PendingKeys(home),
                new RunJournal(() -> SqliteJournal.in(home), Optional.of("bench-1")));
        try (SqliteJournal claims = SqliteJournal.in(home)) {
            return new RecipeWizard(setting, recipe.plan(), id -> claims.claim(id, "bench-1"))
                    .run(Cancellation.none(), WizardListener.NONE);
        }
    }

    private static DeviceSession open(List<String> cloudFails) throws Exception {
        return open("keys-rejected", cloudFails);
    }

    private static DeviceSession open(String scenario, List<String> cloudFails) throws Exception {
        DeviceOptions options = new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults())
                .withSimulatedUid(UID).withCloudFails(cloudFails);
        return DeviceSession.open(DeviceKinds.parse("sim:" + scenario), options);
    }

    private static StepRecord step(WizardOutcome outcome, String title) {
        return outcome.record().steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void anUnownedDeviceIsPutInTheProductRegisteredThereAndClaimsItselfWithTheCodeWritten() throws Exception {
        try (DeviceSession device = open(List.of())) {
            ParticleCloud api = ParticleCloud.of(device.cloud(Optional.empty()));
            api.unclaim(UID, Optional.empty()); // as from the factory: nobody's, in no product
            WizardOutcome outcome = run(device, Recipe.parse(PRODUCT_LINE, "line.json", Optional.empty()));

            assertThat(outcome.record().steps()).as(outcome.record().steps().toString())
                    .extracting(StepRecord::outcome).doesNotContain(StepOutcome.FAILED);
            assertThat(step(outcome, "Write the DCT").outcome()).isEqualTo(StepOutcome.OK);
            assertThat(step(outcome, "Check the claim code").outcome()).isEqualTo(StepOutcome.OK);
            assertThat(outcome.outcome()).isEqualTo("handshake_completed");
            assertThat(step(outcome, "Add the device to product 4242").detail()).isEqualTo("added to product 4242");
            // Registering an unowned product device's key is refused without its product_id: this passed, so the
            // client sent it; the cloud's lookup in the product shows it there and owned — by the claim code the
            // firmware sent after its handshake, the only way an unowned device gets an owner here.
            assertThat(step(outcome, "Confirm the claim").detail()).startsWith("this account owns the device");
            CloudDevice seen = api.lookup(UID, Optional.of(4242));
            assertThat(seen.productId()).contains(4242);
            assertThat(seen.owner()).contains(SimulatedCloud.ACCOUNT);
        }
    }

    @Test
    void aRegistrationThatFailsStopsBeforeTheWriteEvenWhenTheWitnessMayContinue() throws Exception {
        try (DeviceSession device = open(List.of("register"))) {
            byte[] before = ReadDct.read(device, ProgressListener.NONE).dct();
            WizardOutcome outcome = run(device, Recipe.parse(PRODUCT_LINE, "line.json", Optional.empty()));
            assertThat(outcome.outcome()).isEqualTo("register_failed");
            assertThat(ReadDct.read(device, ProgressListener.NONE).dct()).as("nothing written").isEqualTo(before);
            assertThat(step(outcome, "Register the public key").outcome()).isEqualTo(StepOutcome.FAILED);
            for (String notRun : List.of("Write the DCT", "Check the keys", "Check the server settings",
                    "Check the claim code", "Wait for the handshake", "Confirm the claim")) {
                assertThat(step(outcome, notRun).outcome()).as(notRun).isEqualTo(StepOutcome.SKIPPED);
                assertThat(step(outcome, notRun).detail()).as(notRun).startsWith("not run:");
            }
        }
    }

    @Test
    void aProductStepThatMayContinueIsRecordedTheRestRunsAndTheDeviceStillFails() throws Exception {
        String recipe = """
                {"name": "server-in-product", "steps": [
                  {"step": "identify"}, {"step": "backup"},
                  {"step": "product", "product": 99, "onFail": "continue"},
                  {"step": "server", "preset": "particle"}, {"step": "reset"}, {"step": "witness"}]}
                """;
        // the server key is all this device lacks: a recipe without keys can make it pass
        try (DeviceSession device = open("server-key-corrupt", List.of("product"))) {
            WizardOutcome outcome = run(device, Recipe.parse(recipe, "r.json", Optional.empty()));
            assertThat(step(outcome, "Add the device to product 99").outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(step(outcome, "Add the device to product 99").detail()).contains("503");
            assertThat(step(outcome, "Write the DCT").outcome()).isEqualTo(StepOutcome.OK);
            assertThat(step(outcome, "Wait for the handshake").outcome())
                    .as(step(outcome, "Wait for the handshake").detail()).isEqualTo(StepOutcome.OK);
            assertThat(outcome.outcome()).isEqualTo("product_failed");
            assertThat(outcome.completed()).isFalse();
        }
        String stopping = recipe.replace(", \"onFail\": \"continue\"", "");
        // the server key is all this device lacks: a recipe without keys can make it pass
        try (DeviceSession device = open("server-key-corrupt", List.of("product"))) {
            WizardOutcome outcome = run(device, Recipe.parse(stopping, "r.json", Optional.empty()));
            assertThat(outcome.outcome()).isEqualTo("product_failed");
            assertThat(step(outcome, "Write the DCT").outcome()).isEqualTo(StepOutcome.SKIPPED);
        }
    }
}

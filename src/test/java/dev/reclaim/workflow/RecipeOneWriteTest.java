package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.ForwardingFlashTarget;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.workflow.device.Attachment;
import dev.reclaim.workflow.device.Candidate;
import dev.reclaim.workflow.device.Connection;
import dev.reclaim.workflow.device.DeviceKind;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.station.Recipes;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code product-line} recipe (product, keys made new, Particle server, claim code, witness, claim) on a
 * simulated P1 where keys, server and claim code all change the DCT: what reaches the device's flash is one erase of
 * one DCT sector and its programming — one safe write for the three workflows —, and a stop at any step leaves a DCT
 * that both firmware rules boot with a usable key.
 */
class RecipeOneWriteTest {
    @TempDir
    Path home;

    @Test
    void theProductLineRecipeErasesAndProgramsTheDctOncePerDevice() throws Exception {
        Traffic traffic = new Traffic();
        try (DeviceSession device = open(traffic)) {
            byte[] before = needingKeysAndServer(device);
            traffic.clear();
            WizardOutcome outcome = new RecipeWizard(RecoverKeysTest.setting(device, home),
                    Recipes.load("product-line").plan(), id -> () -> { }).run(Cancellation.none(),
                    WizardListener.NONE);
            String steps = RecoverKeysTest.describe(outcome.record().steps());

            assertThat(outcome.outcome()).as(steps).isEqualTo(WizardOutcome.COMPLETED);
            // All three workflows changed the DCT, and each finds its change in the one write's read-back.
            for (String title : List.of("Choose the device key", "Prepare the server settings", "Get a claim code",
                    "Write the DCT", "Check the keys", "Check the server settings", "Check the claim code")) {
                assertThat(step(outcome, title).outcome()).as(steps).isEqualTo(StepOutcome.OK);
            }
            assertThat(step(outcome, "Choose the device key").detail()).contains("made a new RSA-1024 pair");
            assertThat(step(outcome, "Write the DCT").detail())
                    .contains("the new key, the Particle cloud, the claim code");
            assertThat(traffic.erases).as(steps).hasSize(1);
            assertThat(traffic.erases.get(0)).hasSize(1).containsAnyOf(1, 2);
            // One copy's worth programmed (blank blocks skipped, plus the retired copy's flag), not three.
            assertThat(traffic.programmed).isPositive().isLessThanOrEqualTo(0x4000 + 16);
            DctImage after = DctImage.ofTwoSectors(ReadDct.read(device, ProgressListener.NONE).dct());
            assertThat(after.bytes()).isNotEqualTo(before);
            assertThat(home.resolve(PendingKeys.FOLDER)).as("the handshake was seen: no key kept")
                    .isEmptyDirectory();
        }
    }

    /**
     * A stop request as each step of the recipe starts: the run stops at the next safe point (the write that has
     * begun finishes), the device boots a usable key under both firmware rules, and its DCT is untouched unless the one
     * write ran.
     */
    @Test
    void cancellingAtEveryStepOfTheRecipeLeavesADeviceThatBoots() throws Exception {
        int count = Integer.MAX_VALUE;
        for (int k = 1; k <= count; k++) {
            int stopAt = k;
            try (DeviceSession device = open(new Traffic())) {
                byte[] before = needingKeysAndServer(device);
                Cancellation cancellation = new Cancellation();
                RecipeWizard recipe = new RecipeWizard(RecoverKeysTest.setting(device, home.resolve("run" + k)),
                        Recipes.load("product-line").plan(), id -> () -> { });
                count = recipe.wizard().steps().size();
                WizardOutcome outcome = recipe.run(cancellation,
                        new WizardListener() {
                            @Override
                            public void stepStarted(int number, WizardStep step) {
                                if (number == stopAt) {
                                    cancellation.cancel();
                                }
                            }
                        });
                String steps = "stop at " + k + "\n" + RecoverKeysTest.describe(outcome.record().steps());
                // A stop asked as the last step starts has no safe point left to stop at: the run ends.
                assertThat(outcome.outcome()).as(steps).isIn(k < count ? List.of("cancelled")
                        : List.of("cancelled", WizardOutcome.COMPLETED));
                DctImage after = DctImage.ofTwoSectors(ReadDct.read(device, ProgressListener.NONE).dct());
                for (DctGeneration rule : DctGeneration.values()) {
                    AppDct app = after.currentAppDct(rule).orElseThrow();
                    assertThat(DeviceKeyVerdict.judge(app.slot(app.layout().field("device_private_key"))).usable())
                            .as(steps).isTrue();
                }
                if (step(outcome, "Write the DCT").outcome() != StepOutcome.OK) {
                    assertThat(after.bytes()).as(steps).isEqualTo(before);
                } else if (outcome.outcome().equals("cancelled")) {
                    // Written, but no handshake seen yet: the new key stays kept, owner-only, for --resume.
                    Path kept = new PendingKeys(home.resolve("run" + k)).file(recipe.deviceId());
                    assertThat(Files.getPosixFilePermissions(kept)).as(steps)
                            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    private static StepRecord step(WizardOutcome outcome, String title) {
        return outcome.record().steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    /**
     * keys-rejected (a usable key the cloud does not know) with its public key slot and server key blanked: the
     * recipe must make a new pair and write the Particle server as well as the claim code. Returns the DCT.
     */
    private static byte[] needingKeysAndServer(DeviceSession device) throws Exception {
        byte[] dct = ReadDct.read(device, ProgressListener.NONE).dct();
        AppDct app = DctToWrite.from(DctImage.ofTwoSectors(dct), "dct");
        DctEdits edits = DctEdits.photonP1();
        AppDct edited = new AppDct(DctWriter.applyEdits(app.bytes(),
                List.of(edits.blank("device_public_key"), edits.blank("server_public_key"))));
        WriteDct.write(device, edited, List.of(), WriteApproval.REFUSE,
                new BackupStore(Files.createTempDirectory("backup"), Clock.systemUTC()), ProgressListener.NONE,
                Cancellation.none());
        return ReadDct.read(device, ProgressListener.NONE).dct();
    }

    private static DeviceSession open(Traffic traffic) throws IOException {
        DeviceSpec sim = DeviceKinds.parse("sim:keys-rejected");
        return DeviceSession.open(new DeviceSpec(new CountingKind(sim.kind(), traffic), sim.argument()),
                RecoverKeysTest.INSTANT);
    }

    /** What the workflows asked of the device's flash: each erase (its sectors) and the bytes programmed. */
    private static final class Traffic {
        final List<List<Integer>> erases = new ArrayList<>();
        long programmed;

        synchronized void clear() {
            erases.clear();
            programmed = 0;
        }
    }

    /** The simulated P1's kind, its flash counted on the way. */
    private record CountingKind(DeviceKind kind, Traffic traffic) implements DeviceKind {
        @Override
        public String prefix() {
            return kind.prefix();
        }

        @Override
        public String form() {
            return kind.form();
        }

        @Override
        public String summary() {
            return kind.summary();
        }

        @Override
        public String accessLabel() {
            return kind.accessLabel();
        }

        @Override
        public Attachment attachment() {
            return kind.attachment();
        }

        @Override
        public String argument(String text) {
            return kind.argument(text);
        }

        @Override
        public String describe(String argument) {
            return kind.describe(argument);
        }

        @Override
        public List<Candidate> candidates() throws IOException {
            return kind.candidates();
        }

        @Override
        public boolean reachesFlash() {
            return kind.reachesFlash();
        }

        @Override
        public boolean reachesLog() {
            return kind.reachesLog();
        }

        @Override
        public Connection open(String argument, DeviceOptions options) throws IOException {
            Connection c = kind.open(argument, options);
            return new Connection() {
                @Override
                public String description() {
                    return c.description();
                }

                @Override
                public java.util.Optional<dev.reclaim.workflow.device.ScenarioSummary> scenario() {
                    return c.scenario();
                }

                @Override
                public java.util.Optional<dev.reclaim.log.LogSource> logSource(
                        dev.reclaim.log.SerialLogSource.PortListener ports) {
                    return c.logSource(ports);
                }

                @Override
                public java.util.Optional<dev.reclaim.cloud.CloudSettings> simulatedCloud() throws IOException {
                    return c.simulatedCloud();
                }

                @Override
                public FlashTarget openFlash() throws IOException {
                    return new ForwardingFlashTarget(c.openFlash()) {
                        @Override
                        public void eraseSectors(Collection<Integer> sectors, ProgressListener progress)
                                throws IOException {
                            synchronized (traffic) {
                                traffic.erases.add(List.copyOf(sectors));
                            }
                            super.eraseSectors(sectors, progress);
                        }

                        @Override
                        public void write(long address, byte[] data, ProgressListener progress) throws IOException {
                            synchronized (traffic) {
                                traffic.programmed += data.length;
                            }
                            super.write(address, data, progress);
                        }
                    };
                }

                @Override
                public void close() {
                    c.close();
                }
            };
        }
    }
}

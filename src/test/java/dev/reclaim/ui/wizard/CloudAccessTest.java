package dev.reclaim.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.AccessToken;
import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.finding.WizardId;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedCloudServer;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.ui.Fx;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardStep;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The access token: asked for in a masked field when neither PARTICLE_ACCESS_TOKEN nor particle-cli's config has
 * one, kept for the session, asked again after the cloud answers 401, and never asked for a simulated device.
 */
@ExtendWith(ApplicationExtension.class)
class CloudAccessTest {
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final AtomicInteger asked = new AtomicInteger();
    private Stage owner;
    private CloudAccess access;
    private Path particleHome;

    @Start
    void start(Stage stage) throws Exception {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
        particleHome = Files.createTempDirectory("particle-home"); // no particle-cli config in it
        access = new CloudAccess(url -> CloudSettings.find(url, Map.of(), particleHome), (cloud, refused) -> {
            asked.incrementAndGet();
            return TokenDialog.ask(owner, cloud, refused);
        });
    }

    @AfterEach
    void stop() throws Exception {
        workers.shutdownNow();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void withoutATokenItAsksInAMaskedFieldOnceForTheSession(FxRobot robot) throws Exception {
        URI cloud = URI.create("https://api.particle.io");
        Future<Optional<CloudAccess.Resolver>> first = WaitForAsyncUtils.asyncFx(
                () -> access.forRun(false, Optional.empty()));
        Fx.waitUntil(10, () -> robot.lookup("#token-field").tryQuery().isPresent());
        assertThat(robot.lookup("#token-field").queryAs(javafx.scene.Node.class)).isInstanceOf(PasswordField.class);
        robot.clickOn("#token-field").write("typed-token");
        robot.clickOn("Use token");

        CloudSettings settings = first.get(10, TimeUnit.SECONDS).orElseThrow().settings(null);
        assertThat(settings.baseUrl()).isEqualTo(cloud);
        assertThat(settings.token()).contains(new AccessToken("typed-token"));
        assertThat(settings.toString()).doesNotContain("typed-token");

        Optional<CloudAccess.Resolver> second = Fx.on(() -> access.forRun(false, Optional.empty()));
        assertThat(second.orElseThrow().settings(null).token()).contains(new AccessToken("typed-token"));
        assertThat(asked).as("asked once for the session").hasValue(1);
    }

    @Test
    void cancellingThePromptMeansTheRunDoesNotStart(FxRobot robot) throws Exception {
        Future<Optional<CloudAccess.Resolver>> run = WaitForAsyncUtils.asyncFx(
                () -> access.forRun(false, Optional.empty()));
        Fx.waitUntil(10, () -> robot.lookup("#token-field").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(run.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(Fx.on(access::hasTypedToken)).isFalse();
    }

    @Test
    void aSimulatedDeviceUsesItsSimulatorsCloudWithoutAsking() throws Exception {
        try (DeviceSession sim = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"),
                new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults()))) {
            CloudSettings settings = Fx.on(() -> access.forRun(true, Optional.empty())).orElseThrow().settings(sim);
            assertThat(settings.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(settings.token()).isPresent();
            assertThat(asked).hasValue(0);
        }
    }

    @Test
    void aTokenTheCloudRefusesIsForgottenAndAskedForAgain(FxRobot robot) throws Exception {
        try (SimulatedCloudServer server = SimulatedCloudServer.start(SimulatedCloud.particle(), 0, "right-token",
                Set.of())) {
            Future<Optional<CloudAccess.Resolver>> run = WaitForAsyncUtils.asyncFx(
                    () -> access.forRun(false, Optional.of(server.baseUrl())));
            Fx.waitUntil(10, () -> robot.lookup("#token-field").tryQuery().isPresent());
            robot.clickOn("#token-field").write("wrong-token");
            robot.clickOn("Use token");
            CloudAccess.Resolver resolver = run.get(10, TimeUnit.SECONDS).orElseThrow();

            WizardJob job = WizardJob.of(() -> {
                CloudSettings s = resolver.settings(null);
                return new Wizard(WizardId.RECOVER_KEYS, List.of(new WizardStep("Look the device up",
                        "Asks the cloud about the device.", true, c -> {
                            new ParticleCloud(s.baseUrl(), s.token().orElseThrow())
                                    .lookup("0123456789abcdef01234567", Optional.empty());
                            return StepResult.done("found");
                        })));
            });
            WizardViewModel vm = Fx.on(() -> {
                WizardViewModel m = new WizardViewModel(workers, "Look up", "", () -> job,
                        new SimpleBooleanProperty(true));
                m.setOnTokenRejected(access::rejected);
                m.start();
                return m;
            });
            Fx.waitUntil(20, () -> vm.phaseProperty().get() == WizardViewModel.Phase.FINISHED);
            assertThat(Fx.on(() -> vm.steps().get(0).detail())).contains("did not accept the access token")
                    .doesNotContain("wrong-token");
            assertThat(Fx.on(() -> vm.summaryProperty().get())).endsWith("Start again to enter another access token.");
            assertThat(Fx.on(vm::report)).doesNotContain("wrong-token");
            assertThat(Fx.on(access::hasTypedToken)).isFalse();

            WaitForAsyncUtils.asyncFx(() -> access.forRun(false, Optional.of(server.baseUrl())));
            Fx.waitUntil(10, () -> robot.lookup("#token-field").tryQuery().isPresent());
            assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                    .isEqualTo("The cloud did not accept the access token. Enter another.");
            robot.clickOn("Cancel");
            assertThat(asked).hasValue(2);
        }
    }
}

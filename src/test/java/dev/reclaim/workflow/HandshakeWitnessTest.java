package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.AttemptBroadcast;
import dev.reclaim.log.LogEngine;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The witness on the simulated P1, its log UART and its cloud served over real HTTP. */
class HandshakeWitnessTest {
    private static final DeviceOptions INSTANT =
            new DeviceOptions(SimulatorOptions.instant(), BootloaderPortSettings.defaults());

    @Test
    void theLogSeesTheAttemptAfterTheResetFailWithItsCode() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"), INSTANT);
             HandshakeWitness witness = witness(device, true, true)) {
            HandshakeWitness.Verdict verdict = witness.await(reset(device), Duration.ofSeconds(20),
                    Cancellation.none(), ProgressListener.NONE);

            assertThat(verdict.completed()).isFalse();
            assertThat(verdict.failureId()).isEqualTo("handshake_failed");
            assertThat(verdict.text()).contains("code -19");
        }
    }

    @Test
    void theLogCanComeAsTheAttemptsOfAReaderThatAlreadyHasIt() throws Exception {
        // the workstation's log view reads the device's log; the witness hears its attempts instead of a second reader
        AttemptBroadcast attempts = new AttemptBroadcast();
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:keys-rejected"), INSTANT)) {
            LogSource viewsLog = device.logSource(new SerialLogSource.PortListener() { }).orElseThrow();
            Thread view = new Thread(() -> {
                try {
                    viewsLog.run(new LogEngine(new LogListener() {
                        @Override
                        public void onAttempt(Attempt attempt) {
                            attempts.publish(attempt);
                        }
                    }), ProgressListener.NONE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            view.start();
            String deviceId = IdentifyDevice.identify(device).deviceId().orElseThrow();
            try (HandshakeWitness witness = HandshakeWitness.listen(Optional.empty(), Optional.of(attempts),
                    Optional.empty(), deviceId, Optional.empty(), Duration.ofMillis(200))) {
                assertThat(witness.witnesses()).isEqualTo("the device's log");
                HandshakeWitness.Verdict verdict = witness.await(reset(device), Duration.ofSeconds(20),
                        Cancellation.none(), ProgressListener.NONE);

                assertThat(verdict.failureId()).as(verdict.text()).isEqualTo("handshake_failed");
                assertThat(verdict.text()).contains("code -19");
            } finally {
                viewsLog.stop();
                view.join(2000);
            }
        }
    }

    @Test
    void silentFirmwareIsWitnessedByTheCloudAlone() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:healthy"), INSTANT);
             HandshakeWitness witness = witness(device, true, true)) {
            HandshakeWitness.Verdict verdict = witness.await(reset(device), Duration.ofSeconds(20),
                    Cancellation.none(), ProgressListener.NONE);

            assertThat(verdict.completed()).as(verdict.text()).isTrue();
            assertThat(verdict.seenBy()).containsExactly(HandshakeWitness.Witness.CLOUD);
            assertThat(verdict.text()).contains("seen by the cloud");
        }
    }

    @Test
    void silentFirmwareWithOnlyItsLogTimesOutSayingTheLogShowedNothing() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:healthy"), INSTANT);
             HandshakeWitness witness = witness(device, true, false)) {
            HandshakeWitness.Verdict verdict = witness.await(reset(device), Duration.ofSeconds(2),
                    Cancellation.none(), ProgressListener.NONE);

            assertThat(verdict.completed()).isFalse();
            assertThat(verdict.failureId()).isEqualTo("handshake_timed_out");
            assertThat(verdict.text()).contains("within 2 s").contains("the log showed no attempt ending");
        }
    }

    @Test
    void aSimulatedSessionUsesItsOwnCloudUnlessAUrlIsGiven() throws Exception {
        try (DeviceSession device = DeviceSession.open(DeviceKinds.parse("sim:healthy"), INSTANT)) {
            assertThat(device.cloud(Optional.empty()).baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(device.cloud(Optional.empty()).token()).isPresent();
            URI given = URI.create("https://cloud.example.com");
            assertThat(device.cloud(Optional.of(given)).baseUrl()).isEqualTo(given);
        }
    }

    private static HandshakeWitness witness(DeviceSession device, boolean log, boolean cloud) throws Exception {
        String deviceId = IdentifyDevice.identify(device).deviceId().orElseThrow();
        return HandshakeWitness.listen(
                log ? device.logSource(new SerialLogSource.PortListener() { }) : Optional.empty(),
                cloud ? Optional.of(ParticleCloud.of(device.cloud(Optional.empty()))) : Optional.empty(),
                deviceId, Optional.empty(), Duration.ofMillis(200));
    }

    /** Connecting to the flash and letting go resets the device into its firmware. */
    private static Instant reset(DeviceSession device) throws Exception {
        GuardedFlashTarget target = device.openTarget();
        Instant at = Instant.now();
        target.close();
        return at;
    }
}

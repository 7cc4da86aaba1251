package dev.reclaim.log;

import dev.reclaim.P1Log;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The real failing P1 log: the reason this engine exists. */
class FixtureLogTest {

    static LogAnalysis analyse(String resource) throws Exception {
        try (InputStream in = FixtureLogTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return LogAnalysis.of(in);
        }
    }

    @Test
    void diagnosesExactlyBlankServerAddressAndCloudClosingDuringKeyExchange() throws Exception {
        LogAnalysis a = analyse(P1Log.RESOURCE);

        assertThat(a.lines()).isEqualTo(16);
        assertThat(a.records()).isEqualTo(16);
        assertThat(a.diagnoses()).extracting(Finding::id)
                .containsExactly("server_address_blank", "cloud_closed_during_key_exchange");
        Finding closed = a.diagnoses().get(1);
        assertThat(closed.lines()).containsExactly(12L, 13L);
        assertThat(closed.severity()).isEqualTo(Severity.ERROR);
        assertThat(closed.wizard()).contains(WizardId.RECOVER_KEYS);
        assertThat(a.diagnoses().get(0).lines()).containsExactly(2L);
        assertThat(a.diagnoses().get(0).wizard()).contains(WizardId.SET_SERVER);
    }

    @Test
    void hasOneFailedAttemptAtReceiveKeyWithCodeMinus19OnLegacyFirmware() throws Exception {
        LogAnalysis a = analyse(P1Log.RESOURCE);

        assertThat(a.attempts()).hasSize(1);
        Attempt attempt = a.attempts().get(0);
        assertThat(attempt.line()).isEqualTo(1);
        assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(attempt.failedStage()).isEqualTo(Stage.RECEIVE_KEY);
        assertThat(attempt.code()).isEqualTo(-19);
        assertThat(attempt.generation().protocol()).isEqualTo(Protocol.SPARK_PROTOCOL);
        // comm.sparkprotocol.handshake means 0.6-0.7; "type:255,defaulting" means 0.6 or older.
        // The "defaulting" line is printed by 0.6.2-1.0.x and the stage texts by 0.6.1-0.7.x (dct-layout §0).
        assertThat(attempt.generation().versions()).isEqualTo(VersionRange.parse("0.6-0.7"));
        assertThat(attempt.stages()).extracting(StageTiming::stage).containsExactly(
                Stage.SERVER_ADDRESS, Stage.DNS, Stage.SOCKET_CONNECT, Stage.RECEIVE_NONCE, Stage.ENCRYPT_NONCE,
                Stage.SEND_NONCE, Stage.RECEIVE_KEY);
        StageTiming receiveKey = attempt.stages().get(6);
        assertThat(receiveKey.status()).isEqualTo(StageTiming.Status.FAILED);
        assertThat(receiveKey.line()).isEqualTo(11);
        assertThat(receiveKey.millis()).isEqualTo(6293 - 6029);
        assertThat(attempt.stages().get(2).millis()).isEqualTo(5661 - 5361);
        assertThat(attempt.explainCode(ErrorCodes.standard()).name()).isEqualTo("WICED_CONNECTION_CLOSED");
    }
}

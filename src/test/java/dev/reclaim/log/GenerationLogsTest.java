package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.finding.Finding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One log per firmware generation and outcome: the last attempt, the inferred generation and the diagnoses. */
class GenerationLogsTest {

    record Case(String file, List<String> diagnoses, Outcome outcome, Stage failedStage, Integer code,
                Protocol protocol, String versions) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("lightssl-1.4-receive-key-26.log", List.of("cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, 26, Protocol.LIGHTSSL, "0.8-1.5"),
                new Case("lightssl-2.3-receive-key-220.log", List.of("cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, -220, Protocol.LIGHTSSL, ">=2.0"),
                new Case("syslog-2.3-receive-key-220.log", List.of("cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, -220, Protocol.LIGHTSSL, ">=2.0"),
                new Case("legacy-0.5-receive-key-19.log", List.of("cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, -19, Protocol.SPARK_PROTOCOL, "0.4-0.5"),
                new Case("legacy-0.5-connected.log", List.of("handshake_completed"),
                        Outcome.CONNECTED, null, null, Protocol.SPARK_PROTOCOL, "0.4-0.5"),
                new Case("legacy-0.7-address-restored-connected.log",
                        List.of("server_address_restored", "handshake_completed"),
                        Outcome.CONNECTED, null, null, Protocol.SPARK_PROTOCOL, "0.7"),
                new Case("lightssl-1.5-connected.log", List.of("handshake_completed"),
                        Outcome.CONNECTED, null, null, Protocol.LIGHTSSL, ">=0.8"),
                // "Skipping HELLO message" exists only from 2.0.0 (0.6.1-1.5.x say "resumed session - not sending ...").
                new Case("dtls-session-resumed.log", List.of("session_resumed"),
                        Outcome.CONNECTED, null, null, Protocol.DTLS, ">=2.0"),
                new Case("legacy-0.6-hello-timeout.log", List.of("hello_timeout"),
                        Outcome.FAILED, Stage.RECEIVE_HELLO, -1, Protocol.SPARK_PROTOCOL, "0.6-0.7"),
                new Case("lightssl-1.5-hello-timeout-10.log", List.of("hello_timeout"),
                        Outcome.FAILED, Stage.RECEIVE_HELLO, 10, Protocol.LIGHTSSL, "0.8-1.5"),
                new Case("dtls-2.1-cloud-unreachable.log", List.of("cloud_unreachable"),
                        Outcome.FAILED, Stage.DNS, -230, Protocol.UNKNOWN, ">=2.0"),
                new Case("dtls-server-key-corrupt-16.log", List.of("server_public_key_corrupt"),
                        Outcome.FAILED, Stage.ESTABLISH, 16, Protocol.DTLS, "0.8-1.5"),
                new Case("legacy-0.6-decryption-error-6.log", List.of("device_key_rejected"),
                        Outcome.FAILED, Stage.SET_KEY, 6, Protocol.SPARK_PROTOCOL, "0.6-0.7"),
                new Case("lightssl-1.2-authentication-error-8.log", List.of("server_signature_rejected"),
                        Outcome.FAILED, Stage.SET_KEY, 8, Protocol.LIGHTSSL, "0.8-1.5"),
                new Case("lightssl-1.5-nonce-25.log", List.of("handshake_nonce_failed"),
                        Outcome.FAILED, Stage.RECEIVE_NONCE, 25, Protocol.LIGHTSSL, "0.8-1.5"),
                // 0.6.0 prints the old typo texts under the module category "comm" (a parent of the table's).
                new Case("legacy-0.6.0-comm-category-connected.log", List.of("handshake_completed"),
                        Outcome.CONNECTED, null, null, Protocol.SPARK_PROTOCOL, "0.6"),
                new Case("legacy-0.6.0-comm-category-receive-key-19.log", List.of("cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, -19, Protocol.SPARK_PROTOCOL, "0.6"),
                // Two writers at once: the address and DNS lines are cut by app records, yet still read.
                new Case("legacy-0.6-cut-records-address-blank.log",
                        List.of("server_address_blank", "cloud_closed_during_key_exchange"),
                        Outcome.FAILED, Stage.RECEIVE_KEY, -19, Protocol.SPARK_PROTOCOL, "0.6-0.7"),
                new Case("legacy-0.6-internet-test-failed.log", List.of("cloud_unreachable", "internet_test_failed"),
                        Outcome.FAILED, Stage.SOCKET_CONNECT, -2, Protocol.UNKNOWN, ">=0.6")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosesEachGenerationAndOutcome(Case c) throws Exception {
        LogAnalysis a = FixtureLogTest.analyse("generations/" + c.file());

        assertThat(a.diagnoses()).extracting(Finding::id).containsExactlyElementsOf(c.diagnoses());
        assertThat(a.attempts()).hasSize(1);
        Attempt attempt = a.attempts().get(0);
        assertThat(attempt.outcome()).isEqualTo(c.outcome());
        assertThat(attempt.failedStage()).isEqualTo(c.failedStage());
        assertThat(attempt.code()).isEqualTo(c.code());
        assertThat(attempt.generation().protocol()).isEqualTo(c.protocol());
        assertThat(attempt.generation().versions()).isEqualTo(VersionRange.parse(c.versions()));
        assertThat(a.diagnoses()).allSatisfy(d -> assertThat(d.lines()).isNotEmpty());
    }

    @Test
    void aCutRecordIsReadByItsVisiblePrefixAndMarkedCut() throws Exception {
        Attempt a = FixtureLogTest.analyse("generations/legacy-0.6-cut-records-address-blank.log").attempts().get(0);
        assertThat(a.events()).filteredOn(HandshakeEvent::cut).extracting(e -> e.entry().id(), HandshakeEvent::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("system.server-address-defaulting", 2L),
                        org.assertj.core.groups.Tuple.tuple("system.dns-resolved-host", 3L));
        assertThat(a.stages()).extracting(StageTiming::stage).startsWith(Stage.SERVER_ADDRESS, Stage.DNS);
        assertThat(a.hasSignal("server-address-blank")).isTrue();
    }

    @Test
    void aCaptureOfErrorsOnlyKeepsEachFailureAsAnImplicitAttempt() throws Exception {
        LogAnalysis a = FixtureLogTest.analyse("generations/legacy-0.6-errors-only-mid-capture.log");

        assertThat(a.attempts()).extracting(Attempt::failedStage, Attempt::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.RECEIVE_KEY, -19),
                org.assertj.core.groups.Tuple.tuple(Stage.RECEIVE_NONCE, -17),
                org.assertj.core.groups.Tuple.tuple(Stage.DNS, null));
        assertThat(a.attempts()).allSatisfy(t -> assertThat(t.hasSignal(HandshakeTracker.IMPLICIT_START)).isTrue());
        assertThat(a.diagnoses()).extracting(Finding::id).containsExactly("cloud_closed_during_key_exchange",
                "handshake_nonce_failed", "cloud_unreachable");
    }

    @Test
    void aLogWithOnlyApplicationLinesSaysTheFirmwareIsSilent() throws Exception {
        LogAnalysis a = FixtureLogTest.analyse("generations/photon-0.7-silent-app-only.log");

        assertThat(a.attempts()).isEmpty();
        assertThat(a.diagnoses()).extracting(Finding::id).containsExactly("no_connection_lines");
        Finding f = a.diagnoses().get(0);
        assertThat(f.lines()).containsExactly(1L);
        assertThat(f.cause()).contains("0.7.0 and newer", "0.4/0.5");
        assertThat(f.fix()).contains("DCT", "status LED", "cloud");
    }

    @Test
    void anEmptyLogOrOneWithConnectionLinesIsNotCalledSilent() {
        assertThat(LogAnalysis.of(new byte[0]).diagnoses()).isEmpty();
        String oneLine = DeviceOsLines.deviceOs(100, "system", Level.INFO, "Cloud: connecting") + "\n";
        assertThat(LogAnalysis.of(oneLine.getBytes()).diagnoses()).extracting(Finding::id)
                .doesNotContain("no_connection_lines");
    }

    @Test
    void everyRuleOfTheTableFiresInSomeLog() throws Exception {
        Set<String> fired = new TreeSet<>(List.of("server_address_blank", "cloud_closed_during_key_exchange",
                "device_key_rejected", "no_connection_lines"));
        for (Arguments args : cases().collect(Collectors.toList())) {
            fired.addAll(((Case) args.get()[0]).diagnoses());
        }
        Set<String> rules = DiagnosisRules.standard().all().stream().map(DiagnosisRule::id)
                .filter(id -> !id.equals("handshake_failed")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(fired).containsAll(rules);
    }

    @Test
    void anUnexplainedFailureFallsBackToTheGenericDiagnosis() {
        String log = DeviceOsLines.deviceOs(100, "system", Level.INFO, "Cloud: connecting") + "\n"
                + DeviceOsLines.deviceOs(200, "system", Level.INFO, "Cloud socket connected") + "\n"
                + DeviceOsLines.deviceOs(300, "system", Level.WARN, "Cloud handshake failed, code=-17") + "\n";
        LogAnalysis a = LogAnalysis.of(log.getBytes());
        assertThat(a.diagnoses()).extracting(Finding::id).containsExactly("handshake_failed");
        assertThat(a.diagnoses().get(0).lines()).containsExactly(3L);
    }

    @Test
    void codesAreExplainedByGeneration() {
        ErrorCodes codes = ErrorCodes.standard();
        Generation legacy = new Generation(Protocol.SPARK_PROTOCOL, VersionRange.parse("0.6"));
        Generation modern = new Generation(Protocol.LIGHTSSL, VersionRange.parse(">=2.0"));
        assertThat(codes.explain(-19, legacy).name()).isEqualTo("WICED_CONNECTION_CLOSED");
        assertThat(codes.explain(26, legacy).name()).isEqualTo("IO_ERROR_LIGHTSSL_HANDSHAKE_RECV_KEY");
        assertThat(codes.explain(-220, modern).name()).isEqualTo("SYSTEM_ERROR_IO");
        assertThat(codes.explain(-16512, legacy).kind()).isEqualTo("crypto");
        assertThat(codes.explain(-16512, legacy).name()).isEqualTo("-0x4080");
        assertThat(codes.explain(99, modern).kind()).isEqualTo("unknown");
    }
}

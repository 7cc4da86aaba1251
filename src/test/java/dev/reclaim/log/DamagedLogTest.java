package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Real-world damage: every case keeps every line and recovers what can be recovered. */
class DamagedLogTest {
    private static final String CONNECTING = "0000005346 [system] INFO: Cloud: connecting";
    private static final String RECEIVE_KEY = "0000006029 [comm.sparkprotocol.handshake] INFO: Receive key";

    @Test
    void crLfMixesEndLinesAsAnEditorCountsThem() {
        String log = "a\r\nb\nc\rd\r\r\ne";
        Recorder r = Recorder.run(log);
        assertThat(r.records).extracting(LogRecord::message).containsExactly("a", "b", "c", "d", "e");
        // CR LF, LF, CR each end one line; "\r\r\n" is a line end and an empty line.
        assertThat(r.records).extracting(LogRecord::line).containsExactly(1L, 2L, 3L, 4L, 6L);
    }

    @Test
    void aCrLfPairSplitAcrossChunksCountsOnce() {
        byte[] log = "one\r\ntwo\r\n".getBytes(StandardCharsets.US_ASCII);
        Recorder r = Recorder.run(log, 4, 1, 100);
        assertThat(r.records).extracting(LogRecord::line).containsExactly(1L, 2L);
    }

    @Test
    void aLineCutByAResetIsKeptAsPartialAndEndsTheAttempt() {
        String log = CONNECTING + "\n"
                + "0000005682 [comm.sparkprotocol.handshake] INFO: Started: Receive nonce\n"
                + "0000006029 [comm.sparkprotocol.han0000000012 [hal] INFO: WLAN on\n"
                + "0000000300 [system] INFO: Cloud: connecting\n";
        Recorder r = Recorder.run(log);

        LogRecord cut = r.records.get(2);
        assertThat(cut.kind()).isEqualTo(RecordKind.PARTIAL);
        assertThat(cut.deviceMillis()).isEqualTo(6029);
        assertThat(cut.message()).isEqualTo("[comm.sparkprotocol.han");
        assertThat(r.records.get(3).line()).isEqualTo(3);
        assertThat(r.records.get(3).message()).isEqualTo("WLAN on");
        Attempt first = r.attempts.stream().filter(a -> a.number() == 1).reduce((x, y) -> y).orElseThrow();
        assertThat(first.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(first.hasSignal("device-reset")).isTrue();
        assertThat(r.lastAttempt().number()).isEqualTo(2);
    }

    @Test
    void recordsRunTogetherOnOneLineAreRecovered() {
        String log = "Connecting...0000005346 [system] INFO: Cloud: connecting0000005356 [app] INFO: tick 42\n"
                + "0000011502:INFO : int SparkProtocol::handshake() (123):Hanshake: completed0000011508:INFO : f() (282):Cloud connected\n";
        Recorder r = Recorder.run(log);
        assertThat(r.records).extracting(LogRecord::kind).containsExactly(
                RecordKind.RAW, RecordKind.LOG, RecordKind.LOG, RecordKind.LOG, RecordKind.LOG);
        assertThat(r.records).extracting(LogRecord::message).containsExactly(
                "Connecting...", "Cloud: connecting", "tick 42", "Hanshake: completed", "Cloud connected");
        assertThat(r.records).extracting(LogRecord::line).containsExactly(1L, 1L, 1L, 2L, 2L);
    }

    @Test
    void duplicatesFromTwoLogHandlersCollapseWithACount() {
        String log = CONNECTING + "\n" + CONNECTING + "\n"
                + "0000005346 [system] system_task.cpp:295, handle_cloud_connection(): INFO: Cloud: connecting\n"
                + RECEIVE_KEY + "\n" + RECEIVE_KEY + "\n";
        Recorder r = Recorder.run(log);
        assertThat(r.records).hasSize(2);
        assertThat(r.repeats).containsExactly("1x2", "1x3", "4x2");
        assertThat(r.attempts).extracting(Attempt::number).containsOnly(1);
    }

    @Test
    void applicationPrintsAndAtTracesStayRawLines() {
        String log = "connected to WiFi!\n"
                + "    16.491 AT send      14 \"AT+UPSND=0,8\\r\\n\"\n"
                + "localIP=192.168.2.180\n"
                + CONNECTING + "\n";
        Recorder r = Recorder.run(log);
        assertThat(r.records).extracting(LogRecord::kind)
                .containsExactly(RecordKind.RAW, RecordKind.RAW, RecordKind.RAW, RecordKind.LOG);
        assertThat(r.records.get(1).message()).isEqualTo("    16.491 AT send      14 \"AT+UPSND=0,8\\r\\n\"");
        assertThat(r.records.get(1).level()).isEqualTo(Level.NONE);
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersAndNulsVanish() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, 0, 0});
        out.write("0000005346 [system] INFO: Cloud: conn".getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.write("ecting\n".getBytes(StandardCharsets.US_ASCII));
        out.write("0000005400 [app] INFO: caf".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {(byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF, (byte) 0xC3, '\n'});
        out.write("\u001b[32mgreen\u001b[0m \u0007bell\n".getBytes(StandardCharsets.US_ASCII));
        Recorder r = Recorder.run(out.toByteArray());

        assertThat(r.records.get(0).message()).isEqualTo("Cloud: connecting");
        assertThat(r.attempts).isNotEmpty();
        assertThat(r.records.get(1).message()).isEqualTo("caf\u00e9 \uFFFD\uFFFD");
        assertThat(r.records.get(2).message()).isEqualTo("green \uFFFDbell");
    }

    @Test
    void anEndlessLineIsCutIntoBoundedPiecesWithOneLineNumber() {
        byte[] noise = new byte[LogEngine.MAX_LINE_BYTES * 2 + 10];
        java.util.Arrays.fill(noise, (byte) 'x');
        noise[noise.length - 1] = '\n';
        Recorder whole = Recorder.run(noise);
        Recorder chunked = Recorder.run(noise, 1000, 7);
        assertThat(whole.records).extracting(LogRecord::line).containsExactly(1L, 1L, 1L);
        assertThat(whole.records.get(0).message()).hasSize(LogEngine.MAX_LINE_BYTES);
        assertThat(chunked.events).isEqualTo(whole.events);
    }

    @Test
    void aPortLostMidLineEndsThatLineThere() {
        Recorder r = new Recorder();
        LogEngine engine = new LogEngine(r);
        engine.feed("0000006029 [comm.sparkprotocol.han".getBytes(StandardCharsets.US_ASCII));
        engine.breakLine();
        engine.feed((CONNECTING + "\n").getBytes(StandardCharsets.US_ASCII));
        engine.finish();
        assertThat(r.records).extracting(LogRecord::kind).containsExactly(RecordKind.PARTIAL, RecordKind.LOG);
        assertThat(r.records).extracting(LogRecord::line).containsExactly(1L, 2L);
        assertThat(engine.lines()).isEqualTo(2);
    }
}

package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The engine never throws, and how the bytes are chunked never changes what it publishes. */
class ChunkingPropertiesTest {
    private static final String[] PIECES = {
        "0000005346 [system] INFO: Cloud: connecting",
        "0000005356 [system] WARN: Read Server Address = type:255,defaulting to device.spark.io",
        "0000006029 [comm.sparkprotocol.handshake] INFO: Receive key",
        "0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19",
        "0000006302 [system] WARN: Cloud handshake failed, code=-19",
        "0000011502:INFO : int SparkProtocol::handshake() (123):Hanshake: completed",
        "Dec 17 01:36:42 [comm.protocol.handshake] ERROR: Handshake failed: 26",
        "320214 - 0000020285 [system] WARN: Cloud socket connection failed: -230",
        "0000005400 [app] INFO: caf\u00e9 \u2603 [code = -7, details = x]",
        "0000004123 [comm.lightssl.handshake] INFO: Rec",
        "AT+CGATT?", "\u0000\u0000", "\u001b[31m", "\r", "\n", "\r\n", "",
    };

    @Property(tries = 300)
    void randomBytesNeverThrowAndChunkingChangesNothing(@ForAll @Size(max = 3000) byte[] bytes,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 97) Integer> chunks) {
        assertSameAsOneChunk(bytes, chunks);
    }

    @Property(tries = 300)
    void damagedLogsChunkedAnywhereGiveTheSameRecordsAttemptsAndDiagnoses(
            @ForAll("damagedLogs") byte[] log,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 41) Integer> chunks) {
        assertSameAsOneChunk(log, chunks);
    }

    /**
     * The whole-log engine cuts the log into blocks parsed on several threads: wherever the blocks end (tiny pieces
     * and blocks here, so that they end inside CR LF pairs, long lines and UTF-8 sequences), it publishes what one
     * thread reading the bytes in one go publishes.
     */
    @Property(tries = 300)
    void blocksParsedInParallelGiveWhatOneThreadGives(
            @ForAll("damagedLogs") byte[] log,
            @ForAll @IntRange(min = 1, max = 24) int maxLineBytes,
            @ForAll @IntRange(min = 1, max = 4) int piecesPerBlock,
            @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 41) Integer> chunks) {
        LogTables tables = LogTables.standard();
        Recorder whole = Recorder.run(r -> new LogEngine(r, tables, maxLineBytes, 0, 0), log);
        Recorder parallel = Recorder.run(r -> new LogEngine(r, tables, maxLineBytes, piecesPerBlock, threads), log,
                chunks.stream().mapToInt(Integer::intValue).toArray());
        assertThat(parallel.events).isEqualTo(whole.events);
    }

    @Provide
    Arbitrary<byte[]> damagedLogs() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(6));
        return piece.list().ofMaxSize(60).map(ChunkingPropertiesTest::concat);
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static void assertSameAsOneChunk(byte[] bytes, List<Integer> chunks) {
        Recorder whole = Recorder.run(bytes);
        Recorder chunked = Recorder.run(bytes, chunks.stream().mapToInt(Integer::intValue).toArray());
        assertThat(chunked.events).isEqualTo(whole.events);
    }
}

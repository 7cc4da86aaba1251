package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The parser reads plain StreamLogHandler records ("NNNNNNNNNN [category] LEVEL: message") with a scan instead of the
 * format's regex; it must read every line exactly as the regex alone does, including the near misses where the scan
 * has to give the line back to the regex (source info, odd categories, no space after the level, line separators).
 */
class RecordScanPropertiesTest {
    private static final LogFormats FORMATS = LogFormats.standard();
    private static final PlainRecords ONE_READER = PlainRecords.of(FORMATS);

    @Property(tries = 3000)
    void theScanReadsEveryLineAsTheRegexDoes(@ForAll("nearRecords") String line) {
        assertThat(records(line, true)).isEqualTo(records(line, false));
    }

    /** Device OS 0.4/0.5 lines, read by a scan instead of the regex's backtracking over the source text. */
    @Property(tries = 3000)
    void thePre06ScanReadsEveryLineAsTheRegexDoes(@ForAll("nearPre06Records") String line) {
        assertThat(records(line, true)).as(line).isEqualTo(records(line, false));
    }

    @Example
    void aPre06RecordIsReadByTheScanWithItsSourceAndMessage() {
        LogRecord r = records("0000011502:INFO : int SparkProtocol::handshake() (123):Hanshake: completed", true)
                .get(0);
        assertThat(r.format()).isEqualTo(RecordParser.PRE_06);
        assertThat(r.source()).isEqualTo("int SparkProtocol::handshake():123");
        assertThat(r.message()).isEqualTo("Hanshake: completed");
        assertThat(r.level()).isEqualTo(Level.INFO);
        assertThat(r.deviceMillis()).isEqualTo(11502);
    }

    @Provide
    Arbitrary<String> nearPre06Records() {
        Arbitrary<String> head = Arbitraries.of("0000011502:", "000001150:", "0000011502 ", "00000115020:",
                "Dec 17 01:36:42 0000011502:", "320214 - 0000011502:");
        Arbitrary<String> level = Arbitraries.of("INFO ", "LOG  ", "DEBUG", "WARN ", "ERROR", "PANIC", "INFO", "INF",
                "info ", "");
        Arbitrary<String> colon = Arbitraries.of(": ", ":", " : ", ":  ", "");
        Arbitrary<String> source = Arbitraries.strings().withChars("ab :()9_,<>*&\u00e9\u2028").ofMaxLength(24);
        Arbitrary<String> srcline = Arbitraries.of(" (123):", "(7):", " ():", "(12)", " (1a):", "  (5):", "(3): ",
                " (99):(4):", "");
        Arbitrary<String> message = Arbitraries.strings().withChars("xyz :()0-9[]=\u0085\t").ofMaxLength(20);
        Arbitrary<String> suffix = Arbitraries.of("", "", " [code = -19]", "]");
        return Combinators.combine(head, level, colon, source, srcline, message, suffix)
                .as((h, l, c, s, sl, m, su) -> h + l + c + s + sl + m + su);
    }

    /**
     * The byte reader of plain records answers only where it is sure, and then exactly as the parser (with its scans)
     * does; both for records that keep their block's bytes and for records that copy them.
     */
    @Property(tries = 3000)
    void theByteReaderReadsAPlainLineAsTheParserDoes(@ForAll("asciiRecords") String line) {
        byte[] bytes = ("xy" + line + "z").getBytes(StandardCharsets.ISO_8859_1); // the line inside a larger block
        PlainRecords plain = ONE_READER; // one for all tries, as for a log's lines: it remembers the last category
        for (boolean bytesStay : new boolean[] {true, false}) {
            LogRecord r = plain.read(bytes, 2, line.length(), 1, bytesStay);
            if (r != null) {
                assertThat(List.of(r)).as(line).isEqualTo(records(line, true));
                assertThat(r.message()).isEqualTo(records(line, true).get(0).message());
            }
        }
    }

    /**
     * The lines of a log one after the other through one reader, which takes the category of the line before
     * without a scan when the line starts with it: categories that are prefixes of each other must not be confused.
     */
    @Property(tries = 1000)
    void aRunOfLinesIsReadAsTheParserReadsEachOfThem(@ForAll("categoryRuns") List<String> lines) {
        PlainRecords plain = PlainRecords.of(FORMATS);
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
            LogRecord r = plain.read(bytes, 0, bytes.length, 1, true);
            if (r != null) {
                assertThat(List.of(r)).as(line).isEqualTo(records(line, true));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> categoryRuns() {
        Arbitrary<String> category = Arbitraries.of("system", "sys", "system2", "comm", "comm.protocol", "comm]",
                "system ", "", "app");
        Arbitrary<String> tail = Arbitraries.of("] INFO: Cloud: connecting", "] WARN: x", "]INFO: y", "] ERROR: ",
                ".x] INFO: z", "] INFO: a [code = -19]");
        return Combinators.combine(category, tail).as((c, t) -> "0000005346 [" + c + t).list().ofMinSize(2)
                .ofMaxSize(12);
    }

    @Example
    void theByteReaderTakesThePlainRecordAndLeavesTheRestToTheParser() {
        PlainRecords plain = PlainRecords.of(FORMATS);
        String[] read = {"0000005346 [system] INFO: Cloud: connecting", "0000000001 [app] TRACE: ", "0000000001 [a] LOG: x"};
        String[] left = {"0000005346 [system] INFO: failed [code = -19]", "0000005346 INFO: no category",
                "0000005346 [system] INFO: cut0000005347 [system] INFO: next", "0000005346 [system] app.cpp:1, INFO: x",
                "000000534 [system] INFO: nine digits", "0000005346 [system] INFO:no space", "0000005346 [] INFO: x"};
        for (String line : read) {
            byte[] b = line.getBytes(StandardCharsets.US_ASCII);
            assertThat(plain.read(b, 0, b.length, 1, true)).as(line).isEqualTo(records(line, true).get(0));
        }
        for (String line : left) {
            byte[] b = line.getBytes(StandardCharsets.US_ASCII);
            assertThat(plain.read(b, 0, b.length, 7, true)).as(line).isNull();
        }
    }

    /** The byte twin of the header search finds what the String one finds, at the same offsets of a larger block. */
    @Property(tries = 3000)
    void theByteHeaderSearchFindsWhatTheStringSearchFinds(@ForAll("runTogether") String line,
                                                          @ForAll("offsets") int from) {
        int start = Math.min(from, line.length());
        byte[] b = ("ab" + line).getBytes(StandardCharsets.ISO_8859_1);
        int found = PlainRecords.nextHeader(b, 2, start + 2, b.length);
        assertThat(found < 0 ? -1 : found - 2).isEqualTo(RecordParser.nextHeader(line, start, line.length()));
    }

    @Provide
    Arbitrary<String> asciiRecords() {
        return Arbitraries.oneOf(nearRecords(), runTogether())
                .map(l -> l.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7F) ? l : l.replaceAll("[^ -~\t]", "?"));
    }

    @Example
    void everyFormatSampleReadsTheSameWithAndWithoutTheScan() {
        List<String> samples = new ArrayList<>();
        FORMATS.bodies().forEach(f -> f.samples().forEach(s -> samples.add(s.line())));
        FORMATS.prefixes().forEach(f -> f.samples().forEach(s -> samples.add(s.line())));
        assertThat(samples).hasSizeGreaterThan(10);
        for (String s : samples) {
            assertThat(records(s, true)).as(s).isEqualTo(records(s, false));
        }
    }

    @Example
    void aPlainRecordIsReadByTheScanWithItsCategoryLevelAndCode() {
        LogRecord r = records("0000006302 [system] WARN: Cloud handshake failed [code = -19]", true).get(0);
        assertThat(r.category()).isEqualTo("system");
        assertThat(r.level()).isEqualTo(Level.WARN);
        assertThat(r.message()).isEqualTo("Cloud handshake failed");
        assertThat(r.code()).isEqualTo(-19);
        assertThat(r.deviceMillis()).isEqualTo(6302);
    }

    /** The skipping search for a record that ran into a line finds what a look at every character finds. */
    @Property(tries = 3000)
    void theHeaderSearchFindsWhatACharacterByCharacterSearchFinds(@ForAll("runTogether") String line,
                                                                  @ForAll("offsets") int from) {
        int start = Math.min(from, line.length());
        assertThat(RecordParser.nextHeader(line, start, line.length()))
                .isEqualTo(everyCharacterHeader(line, start, line.length()));
    }

    /** The search as it was before it skipped: a run of digits counted character by character. */
    private static int everyCharacterHeader(String text, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 10) {
                    int p = i - 9;
                    boolean alone = p == 0 || text.charAt(p - 1) < '0' || text.charAt(p - 1) > '9';
                    if (alone && RecordParser.headerAt(text, p, to)) {
                        return p;
                    }
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    /** The device counter read as a word and joined lane by lane is the one read digit by digit. */
    @Property(tries = 5000)
    void theCounterIsReadAsDigitByDigit(@ForAll("counterBytes") String ten) {
        byte[] b = ("x" + ten + " [a] INFO: y").getBytes(StandardCharsets.ISO_8859_1);
        long expected = 0;
        for (int i = 1; i <= 10 && expected >= 0; i++) {
            expected = b[i] >= '0' && b[i] <= '9' ? expected * 10 + (b[i] - '0') : -1;
        }
        assertThat(PlainRecords.counter(b, 1)).as(ten).isEqualTo(expected);
    }

    /** Ten bytes, mostly digits, with the near misses of a word test: '/', ':', '?', 0x3A-0x3F, 0xB0-0xB9. */
    @Provide
    Arbitrary<String> counterBytes() {
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<Character> near = Arbitraries.of('/', ':', ';', '?', '@', ' ', 'a', '\u00b0', '\u00b9', '\u00f0', '\u0000');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, digit), net.jqwik.api.Tuple.of(1, near))
                .list().ofSize(10).map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Example
    void theLargestAndSmallestCountersAreRead() {
        byte[] b = "9999999999 [a] INFO: 0000000000".getBytes(StandardCharsets.US_ASCII);
        assertThat(PlainRecords.counter(b, 0)).isEqualTo(9_999_999_999L);
        assertThat(PlainRecords.counter(b, 21)).isEqualTo(0);
        assertThat(PlainRecords.counter("000000000: [a] INFO: x".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(-1);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 40);
    }

    @Provide
    Arbitrary<String> runTogether() {
        Arbitrary<String> piece = Arbitraries.of("0000005346", "000000534", "00000053461", "7", "12345", " [app] ",
                " INFO: x", ":WARN : y", " ", "ab", "0000006302 [system] WARN: z", "=3754 ", "#0");
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    private static List<LogRecord> records(String line, boolean scans) {
        List<LogRecord> out = new ArrayList<>();
        // As the engine calls it: told when the line is all ASCII (then the scan skips its line-terminator check).
        boolean ascii = line.chars().allMatch(c -> c < 0x80);
        new RecordParser(FORMATS, scans).parse(line, scans && ascii, 1, out::add);
        return out;
    }

    @Provide
    Arbitrary<String> nearRecords() {
        Arbitrary<String> head = Arbitraries.of("0000005346 ", "Dec 17 01:36:42 ", "320214 - 0000020285 ", "",
                "000000534 ", "[12:01:02.123] ", "2024-01-02 03:04:05.678 ");
        Arbitrary<String> category = Arbitraries.of("[system] ", "[comm.protocol.handshake] ", "[app] ", "[] ",
                "[a b] ", "[sys]", "[comm]  ", "[x-y_z.9] ", "");
        Arbitrary<String> source = Arbitraries.of("", "", "", "app.cpp:12, ", "main.cpp:7: ", "setup(): ",
                "app.cpp:12, setup(): ", "INFO:12, ");
        Arbitrary<String> level = Arbitraries.of("INFO", "WARN", "ERROR", "TRACE", "PANIC", "LOG", "DEBUG", "INF",
                "INFOX", "info", "");
        Arbitrary<String> colon = Arbitraries.of(": ", ":", ":  ", " : ", ":1", ": (", "");
        Arbitrary<String> message = Arbitraries.strings()
                .withChars("abc XYZ019:,=-[]()\u0085\u2028\u2029\u00e9\t")
                .ofMaxLength(30);
        Arbitrary<String> suffix = Arbitraries.of("", "", " [code = -19]", " [details = x]",
                " [code = 7, details = y]", " [code = ]", "]");
        return Combinators.combine(head, category, source, level, colon, message, suffix)
                .as((h, c, s, l, co, m, su) -> h + c + s + l + co + m + su);
    }
}

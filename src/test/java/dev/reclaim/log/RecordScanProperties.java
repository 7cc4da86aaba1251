package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

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
class RecordScanProperties {
    private static final LogFormats FORMATS = LogFormats.standard();

    @Property(tries = 3000)
    void theScanReadsEveryLineAsTheRegexDoes(@ForAll("nearRecords") String line) {
        assertThat(records(line, true)).isEqualTo(records(line, false));
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

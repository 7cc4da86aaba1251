package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The handshake table's templates are matched over bytes, one per character: in a plain record's line without
 * decoding it, and in any other message through {@link LineTemplate#view}. Both must answer as the character scan over
 * the decoded message did (kept here as the reference), on messages near the table's own texts, including characters
 * that are not ASCII.
 */
class LineTemplatePropertiesTest {
    private static final HandshakeLines TABLE = HandshakeLines.standard();
    private static final List<HandshakeLine> ENTRIES = TABLE.all();

    @Property(tries = 5000)
    void theByteScanMatchesAsTheCharacterScan(@ForAll("templateAndText") Object[] pair) {
        LineTemplate t = (LineTemplate) pair[0];
        String message = (String) pair[1];
        assertThat(t.match(message)).as(message).isEqualTo(charMatch(t, message));
        assertThat(t.matchesPrefix(message)).as(message).isEqualTo(charMatchesPrefix(t, message));
    }

    /** A plain record's bytes are matched to the same entry and code as the same record made from Strings. */
    @Property(tries = 3000)
    void aPlainRecordMatchesInItsBytesAsItsDecodedMessage(@ForAll("categories") String category,
                                                         @ForAll("nearTexts") String message) {
        String ascii = message.replaceAll("[^ -~]", "?");
        String line = "0000005346 [" + category + "] INFO: " + ascii;
        byte[] block = ("xy" + line + "z").getBytes(StandardCharsets.US_ASCII);
        LogRecord plain = PlainRecords.of(LogFormats.standard()).read(block, 2, line.length(), 1, true);
        if (plain == null) {
            return; // a line the parser reads (e.g. one with a code suffix): never a plain record
        }
        LogRecord decoded = new LogRecord(1, RecordKind.LOG, 5346, null, -1, category, Level.INFO, null, ascii, null,
                null, plain.format(), line, false);
        HandshakeLines.Match match = TABLE.match(plain);
        assertThat(match).as(line).isEqualTo(TABLE.match(decoded));
        // The first entry in the table's order whose category is related and whose text the character scan finds.
        HandshakeLine expected = null;
        Integer code = null;
        for (HandshakeLine e : ENTRIES) {
            long v = charMatch(e.template(), ascii);
            if (HandshakeLines.related(category, e.category()) && v != LineTemplate.NO_MATCH) {
                expected = e;
                code = v == LineTemplate.NO_CODE ? null : (int) v;
                break;
            }
        }
        assertThat(match == null ? null : match.line()).as(line).isEqualTo(expected);
        assertThat(match == null ? null : match.code()).as(line).isEqualTo(code);
    }

    @Example
    void aCharacterThatIsNotAsciiIsNoPartOfAnyTemplate() {
        LineTemplate t = LineTemplate.parse("Resolved host {host} to {ip}");
        assertThat(t.match("Resolved host d\u00e9vice to 1.2.3.4")).isEqualTo(LineTemplate.NO_CODE);
        assertThat(t.match("Resolved\u00a0host device to 1.2.3.4")).isEqualTo(LineTemplate.NO_MATCH);
        assertThat(LineTemplate.parse("Unable to receive key {code}").match("Unable to receive key \u0661"))
                .isEqualTo(LineTemplate.NO_MATCH); // an Arabic-Indic digit is no digit of a code
    }

    /** A template and a text near it (most often near its own text, else near another entry's). */
    @Provide
    Arbitrary<Object[]> templateAndText() {
        return Arbitraries.of(ENTRIES).flatMap(e -> Arbitraries.frequencyOf(
                        Tuple.of(4, nearText(Arbitraries.just(e))),
                        Tuple.of(1, nearTexts()))
                .map(text -> new Object[] {e.template(), text}));
    }

    @Provide
    Arbitrary<String> categories() {
        return Arbitraries.of("system", "comm", "comm.protocol", "comm.protocol.handshake",
                "comm.sparkprotocol.handshake", "comm.dtls", "app", "net.ifapi");
    }

    /** A table text with its placeholders filled, then cut, and with a few characters put in or changed. */
    @Provide
    Arbitrary<String> nearTexts() {
        return nearText(Arbitraries.of(ENTRIES));
    }

    /**
     * The noise holds characters whose low byte is a digit, a sign, a space or a letter ('\u0130' is '0' + 0x100):
     * a scan that kept only the low byte of a character would take them for those.
     */
    private static Arbitrary<String> nearText(Arbitrary<HandshakeLine> entries) {
        Arbitrary<String> rendered = entries.flatMap(e -> Combinators.combine(
                        Arbitraries.of("-19", "17", "-", "x", "", "99999999999999", "1.2.3.4", "device.spark.io",
                                "\u00e9t\u00e9", "2:3", "\u0131\u0137", "\u012d"),
                        Arbitraries.of("-19", "0", "a b", ":", "5683", ""))
                .as((a, b) -> fill(e.template().text(), a, b)));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("ab -019:,=.\u00e9\u0085\u2028\u0661\u0130\u012d\u0120\u0165").ofMaxLength(4);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 80);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 90);
        return Combinators.combine(rendered, noise, at, cut).as((r, n, a, c) -> {
            String s = r.substring(0, Math.min(a, r.length())) + n + r.substring(Math.min(a, r.length()));
            return s.substring(0, Math.min(c, s.length()));
        });
    }

    /** The text with its first placeholder set to {@code a} and the others to {@code b}. */
    private static String fill(String text, String a, String b) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                i = text.indexOf('}', i);
                sb.append(first ? a : b);
                first = false;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // The character scans as they were before the byte scans, the reference of the properties above.

    private static long charMatch(LineTemplate t, String message) {
        String[] literals = literals(t);
        String[] names = names(t);
        if (!message.startsWith(literals[0])) {
            return LineTemplate.NO_MATCH;
        }
        int pos = literals[0].length();
        long code = LineTemplate.NO_CODE;
        for (int k = 0; k < names.length; k++) {
            String next = literals[k + 1];
            if (names[k].equals("code")) {
                int end = signedDigitsEnd(message, pos);
                if (end < 0) {
                    return LineTemplate.NO_MATCH;
                }
                long v = Long.parseLong(message.substring(pos, end));
                code = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v : LineTemplate.NO_CODE;
                pos = end;
                if (!message.startsWith(next, pos)) {
                    return LineTemplate.NO_MATCH;
                }
            } else if (next.isEmpty()) {
                if (pos >= message.length()) {
                    return LineTemplate.NO_MATCH;
                }
                pos = message.length();
                continue;
            } else {
                int at = message.indexOf(next, pos + 1);
                if (at < 0) {
                    return LineTemplate.NO_MATCH;
                }
                pos = at;
            }
            pos += next.length();
        }
        return code;
    }

    private static boolean charMatchesPrefix(LineTemplate t, String message) {
        String[] literals = literals(t);
        String[] names = names(t);
        int n = message.length();
        if (n < literals[0].length()) {
            return literals[0].startsWith(message);
        }
        if (!message.startsWith(literals[0])) {
            return false;
        }
        int pos = literals[0].length();
        for (int k = 0; k < names.length; k++) {
            String next = literals[k + 1];
            if (names[k].equals("code")) {
                int end = signedDigitsEnd(message, pos);
                if (end < 0) {
                    return pos == n || pos == n - 1 && message.charAt(pos) == '-';
                }
                pos = end;
            } else {
                if (pos >= n || next.isEmpty()) {
                    return true;
                }
                int at = message.indexOf(next, pos + 1);
                if (at < 0) {
                    return true;
                }
                pos = at;
            }
            int visible = Math.min(next.length(), n - pos);
            if (!next.regionMatches(0, message, pos, visible)) {
                return false;
            }
            if (visible < next.length()) {
                return true;
            }
            pos += next.length();
        }
        return true;
    }

    private static int signedDigitsEnd(String s, int pos) {
        int i = pos;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < s.length() && i - digitsStart < 12 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == digitsStart ? -1 : i;
    }

    private static String[] literals(LineTemplate t) {
        return t.text().split("\\{[^}]*}", -1);
    }

    private static String[] names(LineTemplate t) {
        return java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(t.text()).results().map(m -> m.group(1))
                .toArray(String[]::new);
    }
}

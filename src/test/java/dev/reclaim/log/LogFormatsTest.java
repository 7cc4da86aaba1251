package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The formats are data: every sample line of formats.json must fit its own regex and give the fields it lists. */
class LogFormatsTest {

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        LogFormats formats = LogFormats.standard();
        for (LogFormat f : formats.bodies()) {
            f.samples().forEach(s -> all.add(Arguments.of(f.id(), false, s)));
        }
        for (LogFormat f : formats.prefixes()) {
            f.samples().forEach(s -> all.add(Arguments.of(f.id(), true, s)));
        }
        return all.stream();
    }

    static List<LogRecord> parse(String text) {
        List<LogRecord> records = new ArrayList<>();
        LogEngine engine = new LogEngine(new LogListener() {
            @Override
            public void onRecord(LogRecord record) {
                records.add(record);
            }
        });
        engine.feed(text.getBytes(StandardCharsets.UTF_8));
        engine.finish();
        return records;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("samples")
    void sampleFitsItsFormatAndYieldsItsFields(String formatId, boolean prefix, LogFormat.Sample sample) {
        LogFormats formats = LogFormats.standard();
        LogFormat f = (prefix ? formats.prefixes() : formats.bodies()).stream()
                .filter(x -> x.id().equals(formatId)).findFirst().orElseThrow();
        var m = f.pattern().matcher(sample.line());
        assertThat(prefix ? m.lookingAt() : m.matches()).as("regex of %s", formatId).isTrue();

        List<LogRecord> records = parse(sample.line());
        assertThat(records).hasSize(1);
        LogRecord r = records.get(0);
        assertThat(r.kind()).isEqualTo(RecordKind.LOG);
        assertThat(r.format()).isEqualTo(sample.fields().getOrDefault("format", formatId));
        for (Map.Entry<String, Object> field : sample.fields().entrySet()) {
            assertThat(String.valueOf(field(r, field.getKey()))).as(field.getKey())
                    .isEqualTo(String.valueOf(field.getValue()));
        }
    }

    private static Object field(LogRecord r, String name) {
        return switch (name) {
            case "deviceMillis" -> r.deviceMillis();
            case "hostTime" -> r.hostTime();
            case "hostMillis" -> r.hostMillis();
            case "category" -> r.category();
            case "level" -> r.level().name();
            case "source" -> r.source();
            case "message" -> r.message();
            case "code" -> r.code();
            case "details" -> r.details();
            case "format" -> r.format();
            default -> throw new AssertionError("formats.json names an unknown field: " + name);
        };
    }

    @Test
    void everyFormatHasRealSamples() {
        LogFormats formats = LogFormats.standard();
        Stream.concat(formats.bodies().stream(), formats.prefixes().stream())
                .forEach(f -> assertThat(f.samples()).as(f.id()).isNotEmpty());
    }

    @Test
    void linesWrittenLikeDeviceOsReadBack() {
        LogRecord r = parse(DeviceOsLines.deviceOs(6293, "comm.sparkprotocol.handshake", Level.ERROR,
                "Unable to receive key -19")).get(0);
        assertThat(r.deviceMillis()).isEqualTo(6293);
        assertThat(r.category()).isEqualTo("comm.sparkprotocol.handshake");
        assertThat(r.level()).isEqualTo(Level.ERROR);
        assertThat(r.message()).isEqualTo("Unable to receive key -19");

        LogRecord old = parse(DeviceOsLines.pre06(11502, Level.INFO, "int SparkProtocol::handshake() (123)",
                "Hanshake: completed")).get(0);
        assertThat(old.format()).isEqualTo("device-os-pre-0.6");
        assertThat(old.message()).isEqualTo("Hanshake: completed");
        assertThat(old.level()).isEqualTo(Level.INFO);
    }

    @Test
    void groupNumbersFollowJavaRegexNumbering() {
        Map<String, Integer> g = LogFormat.namedGroups("^(a)(?:b)(?<x>[(]c)(?<y>\\(d)(?=e)(f)(?<z>g)");
        assertThat(g).containsEntry("x", 2).containsEntry("y", 3).containsEntry("z", 5);
    }
}

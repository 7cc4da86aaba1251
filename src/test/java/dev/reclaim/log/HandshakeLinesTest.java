package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of handshake-lines.json, rendered as the firmware prints it, is recognised as itself. */
class HandshakeLinesTest {

    static Stream<HandshakeLine> entries() {
        return HandshakeLines.standard().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void aRenderedLineIsRecognisedAsItsOwnEntry(HandshakeLine entry) {
        HandshakeLines table = HandshakeLines.standard();
        String line = entry.render(5000, table.examples());

        List<LogRecord> records = LogFormatsTest.parse(line);
        assertThat(records).hasSize(1);
        HandshakeLines.Match m = table.match(records.get(0));
        assertThat(m).as(line).isNotNull();
        assertThat(m.line().id()).as(line).isEqualTo(entry.id());
        if (entry.template().hasCode()) {
            assertThat(m.code()).isEqualTo(Integer.valueOf(table.examples().get("code")));
        } else {
            assertThat(m.code()).isNull();
        }
    }

    @Test
    void theFixtureStageLinesAreTheTableTexts() {
        HandshakeLines t = HandshakeLines.standard();
        assertThat(t.byId("legacy.receive-key-failed").render(6293, java.util.Map.of("code", -19)))
                .isEqualTo("0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19");
        assertThat(t.byId("system.server-address-defaulting").render(5356, java.util.Map.of("type", 255)))
                .isEqualTo("0000005356 [system] WARN: Read Server Address = type:255,defaulting to device.spark.io");
    }

    @Test
    void templatesMatchWithoutRegexAndTolerateTextRunIntoTheirEnd() {
        LineTemplate t = LineTemplate.parse("Unable to receive key {code}");
        assertThat(t.match("Unable to receive key -19")).isEqualTo(-19);
        assertThat(t.match("Unable to receive key -19hello from app")).isEqualTo(-19);
        assertThat(t.match("Unable to receive key")).isEqualTo(LineTemplate.NO_MATCH);
        assertThat(t.match("Unable to receive key x")).isEqualTo(LineTemplate.NO_MATCH);
        LineTemplate hosts = LineTemplate.parse("Resolved host {host} to {ip}");
        assertThat(hosts.match("Resolved host device.spark.io to 1.2.3.4")).isEqualTo(LineTemplate.NO_CODE);
        assertThat(hosts.match("Resolved device.spark.io to 1.2.3.4")).isEqualTo(LineTemplate.NO_MATCH);
    }

    @Test
    void aCategoryOutsideTheTableIsNeverMatched() {
        LogRecord app = LogFormatsTest.parse("0000001000 [app] INFO: Cloud connected").get(0);
        assertThat(HandshakeLines.standard().match(app)).isNull();
        LogRecord none = LogFormatsTest.parse("0000001000 INFO: Cloud connected").get(0);
        assertThat(HandshakeLines.standard().match(none).line().id()).isEqualTo("system.cloud-connected");
    }

    static Stream<HandshakeLines.Sample> samples() {
        return HandshakeLines.standard().samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleOfTheTableIsReadAsItSays(HandshakeLines.Sample sample) {
        LogAnalysis a = LogAnalysis.of((String.join("\r\n", sample.log()) + "\r\n").getBytes());

        assertThat(a.attempts()).as(sample.about()).hasSize(sample.attempts());
        List<HandshakeEvent> events = a.attempts().stream().flatMap(t -> t.events().stream()).toList();
        for (HandshakeLines.Expected e : sample.expect()) {
            List<HandshakeEvent> at = events.stream().filter(ev -> ev.line() == e.line()).toList();
            if (e.id() == null) {
                assertThat(at).as(sample.about() + ", line " + e.line()).isEmpty();
                continue;
            }
            assertThat(at).as(sample.about() + ", line " + e.line()).hasSize(1);
            assertThat(at.get(0).entry().id()).isEqualTo(e.id());
            assertThat(at.get(0).code()).isEqualTo(e.code());
            assertThat(at.get(0).cut()).isEqualTo(e.cut());
        }
    }

    @Test
    void aCategoryMustNotContradictButAParentOrChildDoesNot() {
        assertThat(HandshakeLines.related("comm", "comm.sparkprotocol.handshake")).isTrue();
        assertThat(HandshakeLines.related("comm.protocol.handshake.x", "comm.protocol.handshake")).isTrue();
        assertThat(HandshakeLines.related("comm.lightssl", "comm.protocol.handshake")).isFalse();
        assertThat(HandshakeLines.related("com", "comm.protocol")).isFalse();
        LogRecord lightssl = LogFormatsTest.parse("0000001000 [comm.lightssl] INFO: Sending HELLO message").get(0);
        assertThat(HandshakeLines.standard().match(lightssl)).isNull();
    }

    @Test
    void aCutMessageMatchesOnlyAsTheStartOfATemplate() {
        LineTemplate t = LineTemplate.parse("connection failed to {ip}:{port}, code={code}");
        assertThat(t.matchesPrefix("connection fa")).isTrue();
        assertThat(t.matchesPrefix("connection failed to 1.2.3.4:5683, co")).isTrue();
        assertThat(t.matchesPrefix("connection failed to 1.2.3.4:5683, code=-")).isTrue();
        assertThat(t.matchesPrefix("connection refused")).isFalse();
        assertThat(t.matchesPrefix("connection failed to 1.2.3.4:5683; code")).isTrue(); // the ip may hold anything
        assertThat(LineTemplate.parse("Read Server Address = type:1,domain:{domain}")
                .matchesPrefix("Read Server Address = type:255,")).isFalse();
        // A whole record is never read by prefix: only a record the next one cut.
        LogRecord whole = LogFormatsTest.parse("0000005361 [system] INFO: Resolved host device.spa").get(0);
        assertThat(whole.cut()).isFalse();
        assertThat(HandshakeLines.standard().match(whole)).isNull();
    }
}

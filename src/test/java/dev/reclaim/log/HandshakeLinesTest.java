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
}

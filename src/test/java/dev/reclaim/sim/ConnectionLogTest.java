package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.P1Log;
import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConnectionLogTest {
    /** No sleeping, no resets. */
    static final Cpu IDLE_CPU = new Cpu() {
        @Override
        public void checkNotReset() {
        }

        @Override
        public void sleep(Duration duration) {
        }

        @Override
        public ResetSignal systemReset() {
            return new ResetSignal();
        }

        @Override
        public ResetSignal jumpToFirmware() {
            return new ResetSignal();
        }
    };

    private static String run(String version, String address, int type, HandshakeOutcome outcome) throws IOException {
        SimulatedWire wire = SimulatedWire.unwired();
        DeviceLog log = new DeviceLog(wire.deviceEnd(), IDLE_CPU, false, 5346);
        ServerEndpoint endpoint = address == null ? ServerEndpoint.invalid(type) : new ServerEndpoint(type, address, 5683);
        new ConnectionLog(log, DeviceOsVersion.parse(version)).attempt(endpoint, "107.22.28.43", outcome);
        ByteLink host = wire.hostEnd();
        byte[] buf = new byte[8192];
        int n = host.read(buf, 0, buf.length, 100);
        return new String(buf, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void aKeysRejected063DevicePrintsTheRealP1FailureLineForLine() throws Exception {
        String fixture;
        try (InputStream in = getClass().getResourceAsStream(P1Log.RESOURCE)) {
            fixture = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        // The [app] lines come from the user's application, not from Device OS.
        List<String> deviceOsLines = Arrays.stream(fixture.split("\r?\n"))
                .filter(l -> !l.contains("[app]")).collect(Collectors.toList());
        String printed = run("0.6.3", null, 255, HandshakeOutcome.CLOSED_BY_CLOUD);
        assertThat(printed).endsWith("\r\n");
        assertThat(printed.split("\r\n")).containsExactlyElementsOf(deviceOsLines);
    }

    @Test
    void aHealthyDeviceCompletesTheHandshake() throws Exception {
        String printed = run("0.7.0", "device.spark.io", 1, HandshakeOutcome.CONNECTED);
        assertThat(printed).doesNotContain("type:255").doesNotContain("ERROR")
                .contains("[system] INFO: Read Server Address = type:1,domain:device.spark.io")
                .contains("[system] INFO: Resolved host device.spark.io to 107.22.28.43")
                .contains("[comm.sparkprotocol.handshake] INFO: Setting key")
                .contains("[comm.sparkprotocol.handshake] INFO: Completed")
                .endsWith("[system] INFO: Cloud connected\r\n");
    }

    @Test
    void version07RestoresABlankAddressInsteadOfPrintingType255() throws Exception {
        String printed = run("0.7.0", null, 255, HandshakeOutcome.CONNECTED);
        assertThat(printed).contains("[system] WARN: Public Server Address was blank, restoring.\r\n"
                        + "0000005360 [system] INFO: Read Server Address = type:1,domain:device.spark.io")
                .doesNotContain("type:255");
    }

    @Test
    void anUnreadablePrivateKeyFailsAtSettingTheKey() throws Exception {
        String printed = run("0.6.3", "device.spark.io", 1, HandshakeOutcome.SET_KEY_FAILED);
        // "Could not set key, %d" gets no argument on 0.6 (dct-layout §0): its number is not the result; the system
        // line carries DECRYPTION_ERROR.
        assertThat(printed).containsPattern("\\[comm.sparkprotocol.handshake\\] ERROR: Could not set key, \\d+\r\n")
                .doesNotContain("Could not set key, 6\r")
                .contains("[system] WARN: Cloud handshake failed, code=6");
    }

    @Test
    void refusesVersionsWhoseLogFormatItDoesNotKnow() {
        assertThatThrownBy(() -> new ConnectionLog(null, DeviceOsVersion.parse("0.5.3")))
                .hasMessageContaining("0.5.3");
        assertThatThrownBy(() -> new ConnectionLog(null, DeviceOsVersion.parse("1.5.2")))
                .hasMessageContaining("1.5.2");
    }
}

package dev.reclaim.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SerialLinkTest {
    private static final SerialSettings PTY = SerialSettings.log(115200);

    @Test
    void bytesCrossARealPtyPairBothWays() throws Exception {
        try (SocatPtyPair pty = SocatPtyPair.start();
             SerialLink a = SerialLink.open(pty.a().toString(), PTY);
             SerialLink b = SerialLink.open(pty.b().toString(), PTY)) {
            a.write("hello\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readAll(b, 7)).isEqualTo("hello\r\n");
            b.write(new byte[] {0x7F, 0x00, (byte) 0xFF});
            byte[] got = new byte[3];
            int n = 0;
            while (n < 3) {
                n += a.read(got, n, 3 - n, 1000);
            }
            assertThat(got).containsExactly(0x7F, 0x00, 0xFF);
        }
    }

    @Test
    void readTimesOutWithZeroWhenNothingArrives() throws Exception {
        try (SocatPtyPair pty = SocatPtyPair.start();
             SerialLink a = SerialLink.open(pty.a().toString(), PTY)) {
            long t0 = System.nanoTime();
            assertThat(a.read(new byte[8], 0, 8, 150)).isZero();
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void aVanishedPtyIsReportedAsClosedNotAsSilence() throws Exception {
        SocatPtyPair pty = SocatPtyPair.start();
        try (SerialLink a = SerialLink.open(pty.a().toString(), PTY)) {
            pty.close();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    a.read(new byte[8], 0, 8, 100);
                }
            }).isInstanceOf(LinkClosedException.class);
        }
    }

    @Test
    void openingAMissingPortNamesItAndSaysWhatToCheck() {
        assertThatThrownBy(() -> SerialLink.open("/dev/does-not-exist-reclaim", PTY))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/dev/does-not-exist-reclaim");
    }

    @Test
    void wireSpeedOf8E1Is11BitsAByte() {
        assertThat(SerialSettings.bootloader(115200).bytesPerSecond()).isBetween(10472.0, 10473.0);
    }

    private static String readAll(SerialLink link, int count) throws IOException {
        byte[] buf = new byte[count];
        int n = 0;
        long deadline = System.currentTimeMillis() + 2000;
        while (n < count && System.currentTimeMillis() < deadline) {
            n += link.read(buf, n, count - n, 200);
        }
        return new String(buf, 0, n, StandardCharsets.US_ASCII);
    }
}

package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.log.DeviceOsLines;
import dev.reclaim.log.HandshakeLines;
import dev.reclaim.log.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The firmware's serial log. Lines are rendered from the log engine's catalogue of Device OS lines
 * ({@code handshake-lines.json}), so the simulator prints exactly what the tracker reads, in the 0.6+ format
 * {@code %010u [category] LEVEL: message\r\n}. Time passes through {@link #after}: in real time the CPU sleeps,
 * otherwise only the printed clock (milliseconds since boot) moves.
 */
final class DeviceLog {
    private static final HandshakeLines LINES = HandshakeLines.standard();

    private final ByteLink uart;
    private final Cpu cpu;
    private final boolean realTime;
    private long millis;

    DeviceLog(ByteLink uart, Cpu cpu, boolean realTime, long bootMillis) {
        this.uart = uart;
        this.cpu = cpu;
        this.realTime = realTime;
        this.millis = bootMillis;
    }

    /** Lets {@code ms} milliseconds of device time pass. */
    DeviceLog after(long ms) {
        millis += ms;
        if (realTime) {
            cpu.sleep(Duration.ofMillis(ms));
        } else {
            cpu.checkNotReset();
        }
        return this;
    }

    /** Prints the catalogue line {@code id} with its placeholders filled. */
    void line(String id, Map<String, ?> values) throws IOException {
        String text = LINES.byId(id).render(millis, values) + "\r\n";
        uart.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    void line(String id) throws IOException {
        line(id, Map.of());
    }

    /** Prints a line of the application's own (category app, INFO), as user firmware does with Log.info. */
    void app(String message) throws IOException {
        String text = DeviceOsLines.deviceOs(millis, "app", Level.INFO, message) + "\r\n";
        uart.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}

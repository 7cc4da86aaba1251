package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The firmware's serial log in Device OS 0.6+'s {@code StreamLogHandler} format:
 * {@code %010u [category] LEVEL: message\r\n}, milliseconds since boot. Time passes through {@link #after}: in real
 * time the CPU sleeps, otherwise only the printed clock moves.
 */
final class DeviceLog {
    enum Level { TRACE, INFO, WARN, ERROR, PANIC }

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

    void line(String category, Level level, String message) throws IOException {
        uart.write(format(millis, category, level, message).getBytes(StandardCharsets.US_ASCII));
    }

    static String format(long millis, String category, Level level, String message) {
        return String.format("%010d [%s] %s: %s\r\n", millis, category, level, message);
    }

    long millis() {
        return millis;
    }
}

package dev.reclaim.sim;

import dev.reclaim.flash.FlashSector;
import java.time.Duration;

/**
 * How long the simulated flash takes to erase and program. {@link #DATASHEET} uses the STM32F2 datasheet's typical
 * values at 2.7–3.6 V (x32 parallelism): 16 KiB sector 250 ms, 64 KiB 550 ms, 128 KiB 1 s, mass erase 8 s,
 * 16 µs per 32-bit word. {@link #INSTANT} is for unit tests.
 */
public record FlashTiming(Duration sector16k, Duration sector64k, Duration sector128k, Duration massErase,
                          long nanosPerWord) {
    public static final FlashTiming DATASHEET = new FlashTiming(Duration.ofMillis(250), Duration.ofMillis(550),
            Duration.ofSeconds(1), Duration.ofSeconds(8), 16_000);
    public static final FlashTiming INSTANT = new FlashTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, 0);

    public Duration erase(FlashSector sector) {
        return switch (sector.size() / 1024) {
            case 16 -> sector16k;
            case 64 -> sector64k;
            default -> sector128k;
        };
    }

    public Duration program(int bytes) {
        return Duration.ofNanos(nanosPerWord * ((bytes + 3) / 4));
    }
}

package dev.reclaim.flash.stlink;

import java.util.List;
import java.util.OptionalInt;

/**
 * SWD clock selection. A V2 takes a divisor from a fixed table (OpenOCD {@code stlink_khz_to_speed_map_swd}); a V3
 * lists the frequencies it supports and takes one of them. Either way we pick the fastest rate not above the one
 * asked for, because an SWD clock that is too fast for the wiring gives parity errors.
 */
public final class SwdClock {
    public static final int DEFAULT_KHZ = 1800;

    /** kHz → V2 divisor, fastest first. */
    private static final int[][] V2_DIVISORS = {
        {4000, 0}, {1800, 1}, {1200, 2}, {950, 3}, {480, 7}, {240, 15}, {125, 31}, {100, 40}, {50, 79}, {25, 158},
        {15, 265}, {5, 798},
    };

    private SwdClock() {
    }

    /** The rates a V2 can be set to, fastest first (a V3 is given the nearest of its own not above the one asked). */
    public static List<Integer> supportedKhz() {
        return java.util.Arrays.stream(V2_DIVISORS).map(e -> e[0]).toList();
    }

    /** The V2 table entry {@code {kHz, divisor}} for the fastest rate ≤ {@code khz} (the slowest if none is). */
    public static int[] v2Divisor(int khz) {
        for (int[] entry : V2_DIVISORS) {
            if (entry[0] <= khz) {
                return entry.clone();
            }
        }
        return V2_DIVISORS[V2_DIVISORS.length - 1].clone();
    }

    /** The fastest of a V3's rates that is ≤ {@code khz}, or its slowest when all are faster. */
    public static OptionalInt v3Choice(List<Integer> supportedKhz, int khz) {
        OptionalInt below = supportedKhz.stream().filter(f -> f > 0 && f <= khz).mapToInt(Integer::intValue).max();
        return below.isPresent() ? below : supportedKhz.stream().filter(f -> f > 0).mapToInt(Integer::intValue).min();
    }
}

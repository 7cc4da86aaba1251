package dev.reclaim.sim.stlink;

/**
 * How long the simulated probe takes, so the client can be measured against the physical limits.
 *
 * <p>USB: every bulk transfer pays a fixed {@code transferLatencyNanos} (host scheduling and turnaround; the full-
 * speed bus runs 1 ms frames, and a command-plus-reply round trip of ~0.5 ms is assumed, UNVERIFIED as a figure for
 * any particular host controller) plus {@code nanosPerPacket} for each 64-byte packet (~1 MB/s of full-speed bulk).
 * SWD: 46 clock cycles per 32-bit access (8 request + turnaround + 3 ack + 32 data + parity + turnaround, reference
 * §D.2) at the clock the client set.
 */
public record ProbeTiming(long transferLatencyNanos, long nanosPerPacket, boolean swdTimed) {
    public static final int SWD_CYCLES_PER_ACCESS = 46;

    /** An ST-Link/V2 on a full-speed port. */
    public static final ProbeTiming FULL_SPEED = new ProbeTiming(250_000L, 64_000L, true);
    /** No time at all: for unit tests. */
    public static final ProbeTiming INSTANT = new ProbeTiming(0, 0, false);

    /** One bulk transfer of {@code bytes} (a zero-length transfer still takes one packet). */
    public long transferNanos(int bytes) {
        int packets = Math.max(1, (bytes + 63) / 64);
        return transferLatencyNanos + packets * nanosPerPacket;
    }

    /** One SWD access at {@code khz}. */
    public long swdAccessNanos(int khz) {
        return swdTimed ? SWD_CYCLES_PER_ACCESS * 1_000_000L / khz : 0;
    }
}

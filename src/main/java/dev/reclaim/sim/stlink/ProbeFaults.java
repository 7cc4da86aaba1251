package dev.reclaim.sim.stlink;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What goes wrong on the simulated probe.
 *
 * @param unplugAfterTransfers  the cable comes out after this many USB transfers (the next one fails), or never
 * @param waitAnswers           the target answers WAIT to this many accesses before it answers normally
 * @param targetPowered         false: the probe measures ~0 V and nothing answers on SWD
 * @param swdPinsReused         the firmware takes D6/D7 as GPIO (or sleeps): SWD answers only if it was entered
 *                              while the probe held NRST low
 */
public record ProbeFaults(OptionalInt unplugAfterTransfers, int waitAnswers, boolean targetPowered,
                          boolean swdPinsReused) {

    public static ProbeFaults none() {
        return new ProbeFaults(OptionalInt.empty(), 0, true, false);
    }

    public ProbeFaults unplugAfter(int transfers) {
        return new ProbeFaults(OptionalInt.of(transfers), waitAnswers, targetPowered, swdPinsReused);
    }

    public ProbeFaults waits(int answers) {
        return new ProbeFaults(unplugAfterTransfers, answers, targetPowered, swdPinsReused);
    }

    /** A target whose firmware refuses a plain attach: only connect-under-reset reaches it. */
    public ProbeFaults withSwdPinsReused() {
        return new ProbeFaults(unplugAfterTransfers, waitAnswers, targetPowered, true);
    }

    /**
     * Reads the faults of a {@code sim-stlink:SCENARIO,FAULT,...} spec: {@code unpowered}, {@code swd-pins-reused} (only connect-under-reset reaches the target), {@code wait=N} (the
     * target answers WAIT N times), {@code unplug=K} (the cable comes out after K USB transfers).
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static ProbeFaults parse(List<String> words) {
        ProbeFaults faults = none();
        for (String word : words) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            try {
                if (w.equals("unpowered")) {
                    faults = faults.unpowered();
                } else if (w.equals("swd-pins-reused")) {
                    faults = faults.withSwdPinsReused();
                } else if (w.startsWith("wait=")) {
                    faults = faults.waits(nonNegative(w.substring(5)));
                } else if (w.startsWith("unplug=")) {
                    faults = faults.unplugAfter(nonNegative(w.substring(7)));
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + word + "' is not a simulated probe fault: use unpowered,"
                        + " swd-pins-reused, wait=N or unplug=K, e.g. sim-stlink:healthy,unplug=40.");
            }
        }
        return faults;
    }

    private static int nonNegative(String number) {
        int n = Integer.parseInt(number);
        if (n < 0) {
            throw new NumberFormatException();
        }
        return n;
    }

    public ProbeFaults unpowered() {
        return new ProbeFaults(unplugAfterTransfers, waitAnswers, false, swdPinsReused);
    }
}

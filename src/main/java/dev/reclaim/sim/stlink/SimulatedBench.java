package dev.reclaim.sim.stlink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pogo-pin fixture of a simulated station: a board sits on the simulated ST-Link's pins, or the pins touch
 * nothing and the probe measures 0 V. Benches are named so that a spec ({@code sim-stlink:SCENARIO,bench=NAME}) and
 * whoever puts boards on and takes them off (a test, a demo) share one in a process.
 */
public final class SimulatedBench {
    private static final Map<String, SimulatedBench> BENCHES = new ConcurrentHashMap<>();

    private final String name;
    private volatile boolean boardOnPins = true;
    private final AtomicInteger emptyReadings = new AtomicInteger();
    private final AtomicInteger boardReadings = new AtomicInteger();

    private SimulatedBench(String name) {
        this.name = name;
    }

    /** The bench of this name, made (with a board on it) on first use. */
    public static SimulatedBench named(String name) {
        return BENCHES.computeIfAbsent(name, SimulatedBench::new);
    }

    public String name() {
        return name;
    }

    /** A board is put on the pins: the probe measures its 3.3 V supply. */
    public void attach() {
        boardOnPins = true;
    }

    /** The board is taken off: the probe measures ~0 V and nothing answers on SWD. */
    public void detach() {
        boardOnPins = false;
    }

    public boolean boardOnPins() {
        return boardOnPins;
    }

    /** The probe's voltage reading between boards: counted, so a test knows what a watcher has seen. */
    boolean measure() {
        boolean on = boardOnPins;
        (on ? boardReadings : emptyReadings).incrementAndGet();
        return on;
    }

    /** How often the bench's probe measured ~0 V (no board) between boards. */
    public int emptyReadings() {
        return emptyReadings.get();
    }

    /** How often the bench's probe measured a board's supply between boards. */
    public int boardReadings() {
        return boardReadings.get();
    }
}

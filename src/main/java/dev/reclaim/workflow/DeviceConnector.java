package dev.reclaim.workflow;

import dev.reclaim.link.SerialLink;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.target.BootloaderTarget;
import dev.reclaim.target.BootloaderTimeouts;
import dev.reclaim.target.FlashTarget;
import dev.reclaim.target.ForwardingFlashTarget;
import java.io.IOException;
import java.util.function.Function;

/** Opens the {@link FlashTarget} a {@link DeviceSpec} names. */
public final class DeviceConnector {
    private final Function<String, InProcessSimulator> simulators;

    /**
     * @param simulators starts an in-process simulator for a scenario name (throws IllegalArgumentException for
     *                   an unknown one)
     */
    public DeviceConnector(Function<String, InProcessSimulator> simulators) {
        this.simulators = simulators;
    }

    /**
     * Connects to the device; the caller closes the target, which for a simulator also switches it off.
     *
     * @throws IllegalArgumentException for a spec this build cannot open
     * @throws IOException              when the device cannot be reached (message says what to check)
     */
    public FlashTarget open(DeviceSpec spec, BootloaderPortSettings port) throws IOException {
        switch (spec.kind()) {
            case BOOTLOADER -> {
                port.lines().requireModemLinesOnly();
                return BootloaderTarget.open(SerialLink.open(spec.argument(), port.serial()), port.lines(),
                        BootloaderTimeouts.forByteRate(port.serial().bytesPerSecond()));
            }
            case SIM -> {
                InProcessSimulator sim = simulators.apply(spec.argument());
                try {
                    return new SimulatorTarget(sim, sim.openBootloader());
                } catch (IOException | RuntimeException e) {
                    sim.close();
                    throw e;
                }
            }
            default -> throw new IllegalArgumentException("'" + spec + "' cannot read or write flash in this build:"
                    + " use bootloader:PORT or sim[:SCENARIO].");
        }
    }

    /** The simulator's bootloader target, which also powers the simulator off when closed. */
    private static final class SimulatorTarget extends ForwardingFlashTarget {
        private final InProcessSimulator sim;

        SimulatorTarget(InProcessSimulator sim, BootloaderTarget target) {
            super(target);
            this.sim = sim;
        }

        @Override
        public String description() {
            return sim.description() + " via " + super.description();
        }

        @Override
        public void close() {
            super.close();
            sim.close();
        }
    }
}

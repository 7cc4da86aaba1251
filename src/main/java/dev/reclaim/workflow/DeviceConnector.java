package dev.reclaim.workflow;

import dev.reclaim.link.SerialLink;
import dev.reclaim.link.StLinkProbes;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.sim.stlink.ProbeFaults;
import dev.reclaim.sim.stlink.SimulatedStLink;
import dev.reclaim.sim.stlink.SimulatedStLinks;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.ForwardingFlashTarget;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.flash.stlink.SwdClock;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
            case STLINK -> {
                Optional<String> serial = spec.argument().isEmpty() ? Optional.empty() : Optional.of(spec.argument());
                return StLinkFlashTarget.connect(StLinkProbes.open(serial), DeviceClock.SYSTEM, SwdClock.DEFAULT_KHZ);
            }
            case SIM_STLINK -> {
                // sim-stlink:SCENARIO[,FAULT...]: the scenario's P1 with a simulated probe on its SWD pads
                List<String> words = List.of(spec.argument().split(",", -1));
                ProbeFaults faults = ProbeFaults.parse(words.subList(1, words.size()));
                InProcessSimulator sim = simulators.apply(words.get(0).isBlank() ? DeviceSpec.DEFAULT_SCENARIO
                        : words.get(0).trim());
                try {
                    SimulatedStLink probe = SimulatedStLinks.plugInto(sim.device(), faults);
                    return new SimulatorTarget(sim, StLinkFlashTarget.connect(probe, DeviceClock.SYSTEM,
                            SwdClock.DEFAULT_KHZ));
                } catch (IOException | RuntimeException e) {
                    sim.close();
                    throw e;
                }
            }
            default -> throw new IllegalArgumentException("'" + spec + "' cannot read or write flash: use"
                    + " bootloader:PORT, stlink[:SERIAL], sim[:SCENARIO] or sim-stlink[:SCENARIO].");
        }
    }

    /** A target on the simulator (its bootloader or its ST-Link), which also powers the simulator off when closed. */
    private static final class SimulatorTarget extends ForwardingFlashTarget {
        private final InProcessSimulator sim;

        SimulatorTarget(InProcessSimulator sim, FlashTarget target) {
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

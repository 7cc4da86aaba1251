package dev.reclaim.sim.stlink;

import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.Stm32F205;
import dev.reclaim.sim.SyntheticFirmware;
import dev.reclaim.sim.TestDevices;
import dev.reclaim.flash.VirtualClock;

/** A simulated P1's chip with its debug port and a virtual clock, and fresh simulated probes plugged into it. */
final class SimulatedProbe {
    final Stm32F205 chip = new Stm32F205(TestDevices.UID, 0x33);
    final VirtualClock clock = new VirtualClock();
    final SimulatedDebugTarget target;
    int boardResets;

    /** @param firmware fill the sectors outside the DCT with the synthetic firmware (1 MiB of pseudo-random bytes) */
    SimulatedProbe(FlashTiming timing, boolean firmware) {
        if (firmware) {
            SyntheticFirmware.load(chip.flash());
        }
        target = new SimulatedDebugTarget(chip, timing, clock, () -> boardResets++);
    }

    SimulatedProbe(FlashTiming timing) {
        this(timing, true);
    }

    SimulatedProbe() {
        this(FlashTiming.DATASHEET);
    }

    SimulatedStLink plug(ProbeFaults faults) {
        return new SimulatedStLink(target, ProbeTiming.INSTANT, faults, clock, "simulated ST-Link");
    }

    SimulatedStLink plug() {
        return plug(ProbeFaults.none());
    }
}

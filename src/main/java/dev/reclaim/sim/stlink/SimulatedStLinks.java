package dev.reclaim.sim.stlink;

import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.flash.DeviceClock;

/** Plugs a simulated ST-Link into a simulated P1's SWD pads. */
public final class SimulatedStLinks {
    private SimulatedStLinks() {
    }

    /**
     * A probe on the P1 with full-speed USB and datasheet flash timing in real time, as {@code --via sim-stlink}
     * uses it; a debugger reset (AIRCR) reboots the board into its firmware.
     */
    public static SimulatedStLink plugInto(SimulatedP1 device, ProbeFaults faults) {
        SimulatedDebugTarget target = new SimulatedDebugTarget(device.chip(), device.options().timing(),
                DeviceClock.SYSTEM, () -> {
                    device.setNrst(false);
                    device.setNrst(true);
                });
        return new SimulatedStLink(target, ProbeTiming.FULL_SPEED, faults, DeviceClock.SYSTEM,
                "simulated ST-Link/V2 on " + device.chip().deviceId());
    }
}

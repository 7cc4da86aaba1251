package dev.reclaim.sim.stlink;

import dev.reclaim.flash.DeviceClock;
import dev.reclaim.sim.FlashTiming;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.Stm32F205;
import java.util.function.BooleanSupplier;

/** Plugs a simulated ST-Link into a simulated P1's SWD pads. */
public final class SimulatedStLinks {
    private SimulatedStLinks() {
    }

    /**
     * A probe on the P1 with full-speed USB and datasheet flash timing in real time, as {@code --via sim-stlink}
     * uses it; a debugger reset (AIRCR) reboots the board into its firmware.
     */
    public static SimulatedStLink plugInto(SimulatedP1 device, ProbeFaults faults) {
        return plugInto(device, faults, () -> true);
    }

    /** The same, on a bench: the P1 is reached only while {@code boardOnPins} says a board is on the pins. */
    public static SimulatedStLink plugInto(SimulatedP1 device, ProbeFaults faults, BooleanSupplier boardOnPins) {
        SimulatedDebugTarget target = new SimulatedDebugTarget(device.chip(), device.options().timing(),
                DeviceClock.SYSTEM, () -> {
                    device.setNrst(false);
                    device.setNrst(true);
                });
        return new SimulatedStLink(target, ProbeTiming.FULL_SPEED, faults, DeviceClock.SYSTEM,
                "simulated ST-Link/V2 on " + device.chip().deviceId(), boardOnPins);
    }

    /**
     * The bench's probe between boards, for measuring the target voltage only (what a station watches for the next
     * board): its pins sit over an empty socket, so a blank chip stands in for whatever board is put there.
     */
    public static SimulatedStLink onBench(SimulatedBench bench) {
        Stm32F205 socket = new Stm32F205(new byte[12], 0x31);
        SimulatedDebugTarget target = new SimulatedDebugTarget(socket, FlashTiming.INSTANT, DeviceClock.SYSTEM,
                () -> { });
        return new SimulatedStLink(target, ProbeTiming.FULL_SPEED, ProbeFaults.none(), DeviceClock.SYSTEM,
                "simulated ST-Link/V2 on bench " + bench.name(), bench::measure);
    }
}

package dev.reclaim.workflow.device;

import java.util.List;

/** {@code sim[:SCENARIO]}: the simulated P1 in-process, its flash reached through its UART bootloader. */
final class SimulatedP1Kind extends KindFacts {
    SimulatedP1Kind() {
        super("sim", "sim[:SCENARIO]",
                "the simulated P1 in-process, through its UART bootloader",
                "UART bootloader", Attachment.SIMULATOR, Reaches.FLASH_AND_LOG);
    }

    @Override
    public String argument(String text) {
        return SimulatedScenarios.check(text);
    }

    @Override
    public String describe(String argument) {
        return "simulated P1 (" + argument + ")";
    }

    @Override
    public List<Candidate> candidates() {
        return SimulatedScenarios.candidates();
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        return SimulatedConnection.start(argument, options, "", sim -> sim.openBootloader());
    }
}

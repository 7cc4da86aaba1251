package dev.reclaim.workflow.device;

import java.util.List;

/** {@code sim[:SCENARIO]}: the simulated P1 in-process, its flash reached through its UART bootloader. */
final class SimulatedP1Kind implements DeviceKind {
    @Override
    public String prefix() {
        return "sim";
    }

    @Override
    public String form() {
        return "sim[:SCENARIO]";
    }

    @Override
    public String summary() {
        return "the simulated P1 in-process, through its UART bootloader";
    }

    @Override
    public String accessLabel() {
        return "UART bootloader";
    }

    @Override
    public Attachment attachment() {
        return Attachment.SIMULATOR;
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
    public boolean reachesFlash() {
        return true;
    }

    @Override
    public boolean reachesLog() {
        return true;
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        return SimulatedConnection.start(argument, options, "", sim -> sim.openBootloader());
    }
}

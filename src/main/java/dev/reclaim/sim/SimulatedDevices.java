package dev.reclaim.sim;

import dev.reclaim.flash.Stm32F2;
import java.util.HexFormat;

/** Builds simulated P1s from scenarios. */
public final class SimulatedDevices {
    private SimulatedDevices() {
    }

    /**
     * A powered-off device in the scenario's state, running Device OS against {@code cloud} (which learns the
     * device's key if the scenario says it is registered); connect its UARTs, then power it on.
     */
    public static SimulatedP1 create(Scenario scenario, SimulatorOptions options, SimulatedCloud cloud) {
        String hex = options.uid().orElse(scenario.uid());
        byte[] uid = HexFormat.of().parseHex(hex);
        if (uid.length != Stm32F2.UID_LENGTH) {
            throw new IllegalArgumentException("UID " + hex + " (scenario " + scenario.name()
                    + "): a UID must be 24 hex digits");
        }
        Stm32F205 chip = new Stm32F205(uid, options.bootloaderVersion());
        SyntheticFirmware.load(chip.flash());
        SimulatedModules.load(chip.flash(), scenario);
        chip.options().unprotectAll();
        scenario.writeProtected().forEach(chip.options()::protect);
        chip.options().setRdp(scenario.readProtection() == 0 ? OptionBytes.RDP_LEVEL_0 : OptionBytes.RDP_LEVEL_1);
        DeviceOs os = new DeviceOs(DeviceOsVersion.parse(scenario.firmware()), cloud, options.realTimeFirmware());
        chip.flash().load(Stm32F2.DCT_ADDRESS, ScenarioDct.build(scenario, chip.deviceId(), cloud, os.dctRule()));
        return new SimulatedP1(chip, options, os);
    }

    /** The scenario's device, in-process and running its firmware. */
    public static InProcessSimulator startInProcess(String scenarioName, SimulatorOptions options) {
        Scenario scenario = Scenarios.load(scenarioName);
        SimulatedCloud cloud = SimulatedCloud.particle();
        return InProcessSimulator.start(create(scenario, options, cloud), cloud,
                "simulated P1 (" + scenario.name() + ")");
    }
}

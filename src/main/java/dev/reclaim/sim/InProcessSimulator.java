package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import java.io.IOException;

/**
 * A simulated P1 on the bench inside this JVM, as the GUI and {@code --via sim} use it: powered on running its
 * firmware (BOOT0 low), its log UART readable, and its bootloader reachable the way a fixture reaches a real one,
 * by the RTS/DTR entry sequence ({@link SimulatedWire#FIXTURE_SEQUENCE}).
 */
public final class InProcessSimulator implements AutoCloseable {
    private final SimulatedP1 device;
    private final SimulatedP1.HostPorts ports;
    private final SimulatedCloud cloud;
    private final String description;

    private InProcessSimulator(SimulatedP1 device, SimulatedP1.HostPorts ports, SimulatedCloud cloud,
                               String description) {
        this.device = device;
        this.ports = ports;
        this.cloud = cloud;
        this.description = description;
    }

    /** Wires the device in-process and powers it on into its firmware. */
    public static InProcessSimulator start(SimulatedP1 device, SimulatedCloud cloud, String description) {
        SimulatedP1.HostPorts ports = device.connectInProcess();
        device.powerOn(false);
        return new InProcessSimulator(device, ports, cloud, description);
    }

    /** The cloud this device connects to; register a key here as {@code particle keys send} would. */
    public SimulatedCloud cloud() {
        return cloud;
    }

    public SimulatedP1 device() {
        return device;
    }

    /** Plugs into the device's log UART (the firmware's log lines arrive here); one reader at a time. */
    public ByteLink logUart() {
        return ports.logUart();
    }

    /** "simulated P1 (keys-rejected)". */
    public String description() {
        return description;
    }

    /**
     * Resets the device into its bootloader through the fixture's line sequence and connects to it; closing the
     * target runs the exit sequence, which resets the device back into its firmware.
     */
    public BootloaderTarget openBootloader() throws IOException {
        ModemLineSequence fixture = ModemLineSequence.parse(SimulatedWire.FIXTURE_SEQUENCE);
        return BootloaderTarget.open(ports.bootloaderUart(), fixture,
                BootloaderTimeouts.forByteRate(device.options().bootloaderBytesPerSecond()));
    }

    @Override
    public void close() {
        device.close();
    }
}

package dev.reclaim.sim;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A simulated P1 on two pseudo-terminals, for programs outside this JVM (stm32flash, a second Reclaim, a terminal):
 * its bootloader UART at PATH and its log UART at PATH.log. A pty has no modem lines, so the board is powered on
 * with BOOT0 strapped high and sits in its bootloader; a Go to flash starts the firmware. Needs socat.
 */
public final class PtySimulator implements AutoCloseable {
    private final SimulatedP1 device;
    private final SocatPty bootloaderPty;
    private final SocatPty logPty;

    private PtySimulator(SimulatedP1 device, SocatPty bootloaderPty, SocatPty logPty) {
        this.device = device;
        this.bootloaderPty = bootloaderPty;
        this.logPty = logPty;
    }

    /** Creates both ptys, connects the device and powers it on into its bootloader. */
    public static PtySimulator start(SimulatedP1 device, Path path) throws IOException {
        String problem = whyNotFree(path); // both, before either is made
        if (problem != null) {
            throw new IOException(problem);
        }
        SocatPty boot = SocatPty.create(path);
        SocatPty log;
        try {
            log = SocatPty.create(logPathFor(path));
        } catch (IOException e) {
            boot.close();
            throw e;
        }
        device.connect(boot, log);
        device.powerOn(true);
        return new PtySimulator(device, boot, log);
    }

    /** Why the ptys at {@code path} and its log path cannot be made, or null when both are free. */
    public static String whyNotFree(Path path) {
        String boot = SocatPty.whyNotFree(path);
        return boot != null ? boot : SocatPty.whyNotFree(logPathFor(path));
    }

    public static Path logPathFor(Path bootloaderPath) {
        return bootloaderPath.resolveSibling(bootloaderPath.getFileName() + ".log");
    }

    public Path bootloaderPath() {
        return bootloaderPty.path();
    }

    public Path logPath() {
        return logPty.path();
    }

    public SimulatedP1 device() {
        return device;
    }

    @Override
    public void close() {
        device.close();
        bootloaderPty.close();
        logPty.close();
    }
}

package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.util.Arrays;

/** Builds simulated P1s for tests and talks raw bytes to them. */
public final class TestDevices {
    public static final byte[] UID = {0x32, 0x00, 0x3a, 0x00, 0x0b, 0x47, 0x34, 0x35, 0x33, 0x38, 0x35, 0x31};

    private TestDevices() {
    }

    public static SimulatedP1 instantDevice() {
        return device(SimulatorOptions.instant());
    }

    public static SimulatedP1 device(SimulatorOptions options) {
        Stm32F205 chip = new Stm32F205(UID, options.bootloaderVersion());
        SyntheticFirmware.load(chip.flash());
        return new SimulatedP1(chip, options, Firmware.IDLE);
    }

    /** Reads exactly {@code n} bytes or fails after 2 s. */
    public static byte[] readN(ByteLink link, int n) throws IOException {
        byte[] buf = new byte[n];
        int got = 0;
        long deadline = System.currentTimeMillis() + 2000;
        while (got < n && System.currentTimeMillis() < deadline) {
            got += link.read(buf, got, n - got, 100);
        }
        return Arrays.copyOf(buf, got);
    }

    /** Whatever arrives within {@code millis}. */
    public static byte[] readFor(ByteLink link, int millis) throws IOException {
        byte[] buf = new byte[4096];
        int got = 0;
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            got += link.read(buf, got, buf.length - got, 10);
        }
        return Arrays.copyOf(buf, got);
    }

    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Address frame: 4 bytes MSB first and their XOR. */
    public static byte[] address(long a) {
        byte[] b = bytes((int) (a >>> 24) & 0xFF, (int) (a >>> 16) & 0xFF, (int) (a >>> 8) & 0xFF, (int) a & 0xFF, 0);
        b[4] = (byte) (b[0] ^ b[1] ^ b[2] ^ b[3]);
        return b;
    }
}

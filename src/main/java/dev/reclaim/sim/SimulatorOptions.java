package dev.reclaim.sim;

import dev.reclaim.link.SerialSettings;

/**
 * How faithful the simulated device is to time and to adapter quirks.
 *
 * @param paced              deliver bytes no faster than the wire (8E1 bootloader, 8N1 log) at {@code baud}
 * @param baud               line speed for pacing
 * @param timing             flash erase/program durations
 * @param realTimeFirmware   the firmware takes as long as a real one (seconds to its first cloud attempt, retries);
 *                           otherwise it prints its log at once, with the same device timestamps
 * @param leadingZeroGlitch  send a stray 0x00 before the first ACK, as some USB adapters do
 * @param bootloaderVersion  the version byte the bootloader reports (the F2 has shipped 0x20 and 0x33)
 */
public record SimulatorOptions(boolean paced, int baud, FlashTiming timing, boolean realTimeFirmware,
                               boolean leadingZeroGlitch, int bootloaderVersion) {
    public static final int DEFAULT_BAUD = 115200;
    public static final int BOOTLOADER_V3_3 = 0x33;

    /** Real erase times and a firmware that takes its time; bytes as fast as the host can take them. */
    public static SimulatorOptions realistic() {
        return new SimulatorOptions(false, DEFAULT_BAUD, FlashTiming.DATASHEET, true, false, BOOTLOADER_V3_3);
    }

    /** No waiting at all: for unit tests. */
    public static SimulatorOptions instant() {
        return new SimulatorOptions(false, DEFAULT_BAUD, FlashTiming.INSTANT, false, false, BOOTLOADER_V3_3);
    }

    public SimulatorOptions withPacing(boolean on, int baudRate) {
        return new SimulatorOptions(on, baudRate, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion);
    }

    public SimulatorOptions withLeadingZeroGlitch(boolean on) {
        return new SimulatorOptions(paced, baud, timing, realTimeFirmware, on, bootloaderVersion);
    }

    public double bootloaderBytesPerSecond() {
        return SerialSettings.bootloader(baud).bytesPerSecond();
    }

    public double logBytesPerSecond() {
        return SerialSettings.log(baud).bytesPerSecond();
    }
}

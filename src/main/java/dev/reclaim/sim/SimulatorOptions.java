package dev.reclaim.sim;

import dev.reclaim.link.SerialSettings;
import java.util.Objects;
import java.util.Optional;

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
 * @param longIdReadsOnly    the bootloader refuses (NACKs the length byte of) a read that touches the UID or
 *                           flash-size register unless it is the whole 256 bytes from 0x1FFF7A00, as F4
 *                           bootloaders do (stm32loader {@code LONG_UID_ACCESS}); whether an F2 does is UNVERIFIED
 * @param uid                the chip's UID (24 hex digits), so that a station's shift meets a new device each time;
 *                           empty: the scenario's own
 */
public record SimulatorOptions(boolean paced, int baud, FlashTiming timing, boolean realTimeFirmware,
                               boolean leadingZeroGlitch, int bootloaderVersion, boolean longIdReadsOnly,
                               Optional<String> uid) {
    public SimulatorOptions {
        Objects.requireNonNull(uid, "uid");
    }

    public SimulatorOptions(boolean paced, int baud, FlashTiming timing, boolean realTimeFirmware,
                            boolean leadingZeroGlitch, int bootloaderVersion, boolean longIdReadsOnly) {
        this(paced, baud, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion, longIdReadsOnly,
                Optional.empty());
    }

    public static final int DEFAULT_BAUD = 115200;
    public static final int BOOTLOADER_V3_3 = 0x33;

    /** The bootloader answers short reads of the ID area, as the simulated F2 always has. */
    public SimulatorOptions(boolean paced, int baud, FlashTiming timing, boolean realTimeFirmware,
                            boolean leadingZeroGlitch, int bootloaderVersion) {
        this(paced, baud, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion, false);
    }

    /** Real erase times and a firmware that takes its time; bytes as fast as the host can take them. */
    public static SimulatorOptions realistic() {
        return new SimulatorOptions(false, DEFAULT_BAUD, FlashTiming.DATASHEET, true, false, BOOTLOADER_V3_3);
    }

    /** No waiting at all: for unit tests. */
    public static SimulatorOptions instant() {
        return new SimulatorOptions(false, DEFAULT_BAUD, FlashTiming.INSTANT, false, false, BOOTLOADER_V3_3);
    }

    public SimulatorOptions withPacing(boolean on, int baudRate) {
        return new SimulatorOptions(on, baudRate, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion,
                longIdReadsOnly, uid);
    }

    public SimulatorOptions withLeadingZeroGlitch(boolean on) {
        return new SimulatorOptions(paced, baud, timing, realTimeFirmware, on, bootloaderVersion, longIdReadsOnly,
                uid);
    }

    /** A bootloader that reads the UID area only as one 256-byte block from 0x1FFF7A00, the F4 way. */
    public SimulatorOptions withLongIdReadsOnly(boolean on) {
        return new SimulatorOptions(paced, baud, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion, on,
                uid);
    }

    /** The same device, its firmware printing each attempt at once instead of in real time. */
    public SimulatorOptions withInstantFirmware() {
        return new SimulatorOptions(paced, baud, timing, false, leadingZeroGlitch, bootloaderVersion,
                longIdReadsOnly, uid);
    }

    /** The same device with another chip UID (24 hex digits), hence another device ID. */
    public SimulatorOptions withUid(String hex) {
        return new SimulatorOptions(paced, baud, timing, realTimeFirmware, leadingZeroGlitch, bootloaderVersion,
                longIdReadsOnly, Optional.of(hex));
    }

    public double bootloaderBytesPerSecond() {
        return SerialSettings.bootloader(baud).bytesPerSecond();
    }

    public double logBytesPerSecond() {
        return SerialSettings.log(baud).bytesPerSecond();
    }
}

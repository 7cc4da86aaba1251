package dev.reclaim.sim.stlink;

import static dev.reclaim.flash.stlink.StLinkCommands.DEBUG;
import static dev.reclaim.flash.stlink.StLinkCommands.DFU;
import static dev.reclaim.flash.stlink.StLinkCommands.DFU_EXIT;
import static dev.reclaim.flash.stlink.StLinkCommands.GET_CURRENT_MODE;
import static dev.reclaim.flash.stlink.StLinkCommands.GET_TARGET_VOLTAGE;
import static dev.reclaim.flash.stlink.StLinkCommands.GET_VERSION;

import dev.reclaim.link.LinkClosedException;
import dev.reclaim.link.LinkTimeoutException;
import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.sim.stlink.SimulatedDebugTarget.BusFault;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.stlink.StLinkCommands;
import dev.reclaim.flash.stlink.StLinkStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An ST-Link/V2 (firmware V2J37S7) on a USB port, in-process: it decodes the same 16-byte frames a real probe does,
 * runs them against a {@link SimulatedDebugTarget}, and answers with the reply layouts of the reference tables,
 * including the quirks a client must cope with (powers up in DFU mode, where it does not measure the target
 * voltage; no reply to DFU_EXIT/DEBUG_EXIT, memory status only through
 * GETLASTRWSTATUS, a one-byte 8-bit read coming back as two bytes, the 64-byte 8-bit and 6144-byte 32-bit limits).
 *
 * <p>Faults: the probe can be unplugged after the k-th transfer (every later transfer throws
 * {@link LinkClosedException}, and a transfer cut off takes no effect), the target can answer WAIT to its next n
 * accesses, and the target can be unpowered (0 V, no SWD answer). Time is spent on the given clock per
 * {@link ProbeTiming}, so the client's measured speed is the one a real probe would give.
 */
public final class SimulatedStLink implements UsbBulkLink {
    /** V2J37S7 on PID 0x3748: major 2, JTAG 37, SWIM 7, big-endian bitfield then VID and PID little-endian. */
    private static final byte[] VERSION = {0x29, 0x47, (byte) 0x83, 0x04, 0x48, 0x37};
    private static final int MAX_RW8 = 64;
    private static final int MODE_DFU = 0x00;
    private static final int MODE_MASS = 0x01;
    private static final int MODE_DEBUG = 0x02;
    private static final int[][] DIVISOR_KHZ = {
        {0, 4000}, {1, 1800}, {2, 1200}, {3, 950}, {7, 480}, {15, 240}, {31, 125}, {40, 100}, {79, 50}, {158, 25},
        {265, 15}, {798, 5},
    };

    private final SimulatedDebugTarget target;
    private final ProbeTiming timing;
    private final ProbeFaults faults;
    private final DeviceClock clock;
    private final String name;
    /** False while no board is on the probe's pins (a station between devices): 0 V, no SWD answer. */
    private final java.util.function.BooleanSupplier boardOnPins;

    private int mode = MODE_DFU;
    private int swdKhz = 1800;
    private byte[] pendingReply;
    private PendingWrite pendingWrite;
    private int lastRwStatus = StLinkStatus.OK.code();
    private int transfers;
    private int waitsLeft;
    private boolean unplugged;
    private boolean nrstLow;
    /** SWD was entered while the firmware could not hold the pins (not reused, or the chip in reset). */
    private boolean debugPortReached;

    private record PendingWrite(long address, int length, int accessBytes) {
    }

    public SimulatedStLink(SimulatedDebugTarget target, ProbeTiming timing, ProbeFaults faults, DeviceClock clock,
                           String name) {
        this(target, timing, faults, clock, name, () -> true);
    }

    /** A probe whose pins touch the target only while {@code boardOnPins} says so (a {@link SimulatedBench}). */
    public SimulatedStLink(SimulatedDebugTarget target, ProbeTiming timing, ProbeFaults faults, DeviceClock clock,
                           String name, java.util.function.BooleanSupplier boardOnPins) {
        this.boardOnPins = boardOnPins;
        this.target = target;
        this.timing = timing;
        this.faults = faults;
        this.clock = clock;
        this.name = name;
        this.waitsLeft = faults.waitAnswers();
    }

    @Override
    public synchronized void send(byte[] data, int length, int timeoutMillis) throws IOException {
        byte[] bytes = Arrays.copyOf(data, length);
        if (cutByUnplug()) {
            if (pendingWrite != null) {
                // Whether the firmware buffers a whole data phase or streams it to the target is UNVERIFIED; the
                // simulator takes the harder case for the client: half of the data arrives, the rest is lost.
                int half = pendingWrite.length / 2 / pendingWrite.accessBytes * pendingWrite.accessBytes;
                memoryWrite(new PendingWrite(pendingWrite.address, half, pendingWrite.accessBytes),
                        Arrays.copyOf(bytes, half));
            }
            throw unplugged();
        }
        clock.sleep(timing.transferNanos(length));
        if (pendingWrite != null) {
            PendingWrite w = pendingWrite;
            pendingWrite = null;
            lastRwStatus = length == w.length ? memoryWrite(w, bytes) : StLinkStatus.SWD_AP_WDATA_ERROR.code();
            return;
        }
        if (length != StLinkCommands.FRAME_SIZE) {
            throw new IllegalStateException("a command frame is 16 bytes, the client sent " + length);
        }
        execute(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    }

    @Override
    public synchronized int receive(byte[] buffer, int length, int timeoutMillis) throws IOException {
        if (cutByUnplug()) {
            throw unplugged();
        }
        if (pendingReply == null) {
            throw new LinkTimeoutException(name + " did not answer within " + timeoutMillis + " ms.");
        }
        int n = Math.min(length, pendingReply.length);
        System.arraycopy(pendingReply, 0, buffer, 0, n);
        pendingReply = n == pendingReply.length ? null : Arrays.copyOfRange(pendingReply, n,
                pendingReply.length);
        clock.sleep(timing.transferNanos(n));
        return n;
    }

    /** Counts the transfer; true when the cable came out before it (this and every later transfer fail). */
    private boolean cutByUnplug() throws LinkClosedException {
        if (unplugged) {
            throw new LinkClosedException(name + " was unplugged.");
        }
        transfers++;
        unplugged = faults.unplugAfterTransfers().isPresent()
                && transfers > faults.unplugAfterTransfers().getAsInt();
        return unplugged;
    }

    private LinkClosedException unplugged() {
        return new LinkClosedException(name + " was unplugged during transfer " + transfers + ".");
    }

    private void execute(ByteBuffer frame) throws IOException {
        int command = frame.get(0) & 0xFF;
        switch (command) {
            case GET_VERSION -> reply(VERSION);
            case GET_CURRENT_MODE -> reply(new byte[] {(byte) mode, 0});
            case GET_TARGET_VOLTAGE -> {
                // "Supported in all modes except DFU" (OpenOCD); a V2 powers up in DFU mode. What a real probe does
                // instead is UNVERIFIED: here it does not answer, so a client that asks there times out.
                if (mode != MODE_DFU) {
                    reply(voltage());
                }
            }
            case DFU -> {
                if ((frame.get(1) & 0xFF) == DFU_EXIT) {
                    mode = MODE_MASS;
                }
            }
            case DEBUG -> debug(frame);
            default -> throw new IllegalStateException(String.format("command 0x%02X is not simulated", command));
        }
    }

    /** LE32 reference then LE32 reading, so that 2400 × reading / ref is the supply in millivolts. */
    private byte[] voltage() {
        int ref = 1000;
        int reading = targetPowered() ? 3300 * ref / 2400 : 4;
        return le(8).putInt(ref).putInt(reading).array();
    }

    private void debug(ByteBuffer frame) throws IOException {
        int sub = frame.get(1) & 0xFF;
        long address = frame.getInt(2) & 0xFFFF_FFFFL;
        int length = frame.getShort(6) & 0xFFFF;
        switch (sub) {
            case StLinkCommands.DEBUG_EXIT -> {
                mode = MODE_MASS;
                debugPortReached = false;
            }
            case StLinkCommands.DEBUG_APIV2_DRIVE_NRST -> {
                boolean low = frame.get(2) == 0;
                if (nrstLow && !low) {
                    target.pinReset();   // released: the chip boots (and halts at once if the debugger asked)
                }
                nrstLow = low;
                reply(status(StLinkStatus.OK.code(), 2));
            }
            case StLinkCommands.DEBUG_APIV2_ENTER -> {
                mode = MODE_DEBUG;
                debugPortReached = !faults.swdPinsReused() || nrstLow;
                reply(status(StLinkStatus.OK.code(), 2));
            }
            case StLinkCommands.DEBUG_APIV2_SWD_SET_FREQ -> {
                swdKhz = khzForDivisor(frame.getShort(2) & 0xFFFF);
                reply(status(StLinkStatus.OK.code(), 2));
            }
            case StLinkCommands.DEBUG_APIV2_READ_IDCODES -> reply(idcodes());
            case StLinkCommands.DEBUG_APIV2_READDEBUGREG -> reply(readDebugReg(address));
            case StLinkCommands.DEBUG_APIV2_WRITEDEBUGREG -> reply(status(writeDebugReg(address, frame.getInt(6)), 2));
            case StLinkCommands.DEBUG_READMEM_32BIT -> reply(memoryRead(address, length, 4));
            case StLinkCommands.DEBUG_READMEM_8BIT -> reply(memoryRead(address, length, 1));
            case StLinkCommands.DEBUG_WRITEMEM_32BIT -> pendingWrite = new PendingWrite(address, length, 4);
            case StLinkCommands.DEBUG_WRITEMEM_8BIT -> pendingWrite = new PendingWrite(address, length, 1);
            case StLinkCommands.DEBUG_APIV2_GETLASTRWSTATUS -> reply(status(lastRwStatus, 2));
            case StLinkCommands.DEBUG_APIV2_GETLASTRWSTATUS2 -> reply(status(lastRwStatus, 12));
            default -> throw new IllegalStateException(String.format("debug command 0x%02X is not simulated", sub));
        }
    }

    private byte[] idcodes() {
        if (!targetAnswers()) {
            return status(StLinkStatus.JTAG_GET_IDCODE_ERROR.code(), 12);
        }
        return le(12).put((byte) StLinkStatus.OK.code()).put(new byte[3]).putInt(SimulatedDebugTarget.DP_IDCODE)
                .array();
    }

    private byte[] readDebugReg(long address) throws IOException {
        ByteBuffer reply = le(8);
        int status = access(() -> {
            swd(1);
            reply.putInt(4, target.readWord(address));
        });
        return reply.put(0, (byte) status).array();
    }

    private int writeDebugReg(long address, int value) throws IOException {
        return access(() -> {
            swd(1);
            target.writeWord(address, value);
        });
    }

    private byte[] memoryRead(long address, int length, int accessBytes) throws IOException {
        byte[] data = new byte[length];
        if (!withinLimits(address, length, accessBytes)) {
            lastRwStatus = StLinkStatus.SWD_AP_ERROR.code();
        } else {
            lastRwStatus = access(() -> {
                swd(length / accessBytes);
                System.arraycopy(target.read(address, length), 0, data, 0, length);
            });
        }
        // The firmware answers a one-byte 8-bit read with two bytes (OpenOCD reads 2 for the same reason).
        return accessBytes == 1 && length == 1 ? new byte[] {data[0], 0} : data;
    }

    private int memoryWrite(PendingWrite w, byte[] data) throws IOException {
        if (!withinLimits(w.address, w.length, w.accessBytes)) {
            return StLinkStatus.SWD_AP_ERROR.code();
        }
        long perAccess = timing.swdAccessNanos(swdKhz);
        return access(() -> clock.sleep(target.write(w.address, data, w.accessBytes, perAccess)));
    }

    /** The adapter's limits: 32-bit transfers aligned and ≤ 6144 bytes; 8-bit ones ≤ 64 bytes on a V2. */
    private static boolean withinLimits(long address, int length, int accessBytes) {
        if (accessBytes == 4) {
            return address % 4 == 0 && length % 4 == 0 && length <= 6144;
        }
        return length <= MAX_RW8;
    }

    private interface TargetAccess {
        void run() throws BusFault, IOException;
    }

    /** Runs one target access and returns the status the probe reports for it. */
    private int access(TargetAccess access) throws IOException {
        if (mode != MODE_DEBUG) {
            return StLinkStatus.FAULT.code();
        }
        if (!targetAnswers()) {
            return StLinkStatus.SWD_DP_ERROR.code();
        }
        if (waitsLeft > 0) {
            waitsLeft--;
            return StLinkStatus.SWD_AP_WAIT.code();
        }
        try {
            access.run();
            return StLinkStatus.OK.code();
        } catch (BusFault fault) {
            return StLinkStatus.SWD_AP_FAULT.code();
        }
    }

    private boolean targetAnswers() {
        return mode == MODE_DEBUG && targetPowered() && debugPortReached;
    }

    private boolean targetPowered() {
        return faults.targetPowered() && boardOnPins.getAsBoolean();
    }

    private void swd(int accesses) throws IOException {
        clock.sleep(accesses * timing.swdAccessNanos(swdKhz));
    }

    private static int khzForDivisor(int divisor) {
        for (int[] entry : DIVISOR_KHZ) {
            if (entry[0] == divisor) {
                return entry[1];
            }
        }
        throw new IllegalStateException("divisor " + divisor + " is not in the V2 table");
    }

    private void reply(byte[] bytes) {
        pendingReply = bytes;
    }

    private static byte[] status(int code, int length) {
        byte[] b = new byte[length];
        b[0] = (byte) code;
        return b;
    }

    private static ByteBuffer le(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** USB transfers so far, for tests and the benchmark. */
    public synchronized int transfers() {
        return transfers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        // A released probe keeps its target as it is, like unplugging a real one.
    }
}

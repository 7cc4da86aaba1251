package dev.reclaim.flash.stlink;

import dev.reclaim.link.LinkClosedException;
import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.MemoryAccess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A client for one ST-Link V2/V2-1/V3 over its USB bulk pipes: probe queries, SWD entry and clock, debug-register
 * access, and memory transfers within the probe's limits. Every memory transfer is followed by GETLASTRWSTATUS(2),
 * and a target that answers WAIT is asked again after 1, 2, 4 … 128 ms before we give up.
 *
 * <p>Not thread-safe: one command is on the wire at a time, as the protocol requires.
 */
public final class StLink implements MemoryAccess, AutoCloseable {
    /** stlink-org waits 3 s for a reply; OpenOCD 6 s. Long flash operations are polled, never waited on here. */
    public static final int TIMEOUT_MS = 3000;
    /** The adapter's buffer for 16/32-bit transfers (OpenOCD {@code STLINK_DATA_SIZE}). */
    public static final int MAX_WORD_TRANSFER = 6144;
    /** Cortex-M3 TAR auto-increment wraps at 4 KiB; a transfer never crosses such a boundary. */
    public static final int TAR_BLOCK = 4096;
    private static final int WAIT_RETRIES = 8;

    private final UsbBulkLink link;
    private final DeviceClock clock;
    private final StLinkVersion version;

    private StLink(UsbBulkLink link, DeviceClock clock, StLinkVersion version) {
        this.link = link;
        this.clock = clock;
        this.version = version;
    }

    /** Opens a probe's bulk pipes, again if need be: {@code StLinkProbes.open(serial)} for a real one. */
    @FunctionalInterface
    public interface Opener {
        UsbBulkLink open() throws IOException;
    }

    /** How long a probe reset on the USB bus takes to come back (OpenOCD waits one second). */
    static final int REENUMERATION_MILLIS = 1000;

    /**
     * Opens the probe and asks its version; when that query fails the probe is reset on the bus and opened once
     * more, as OpenOCD does (a V2 can come up with its firmware in a state where the first GET_VERSION fails).
     */
    public static StLink open(Opener opener, DeviceClock clock) throws IOException {
        UsbBulkLink link = opener.open();
        StLinkVersion version;
        try {
            version = queryVersion(link);
        } catch (LinkClosedException e) {
            throw e;
        } catch (IOException e) {
            link.resetAndClose();
            clock.sleepMillis(REENUMERATION_MILLIS);
            link = opener.open();
            version = queryVersion(link);
        }
        return checked(link, clock, version);
    }

    /** Asks the probe for its version (GET_VERSION, then GET_VERSION_APIV3 on a V3) and returns a client for it. */
    public static StLink open(UsbBulkLink link, DeviceClock clock) throws IOException {
        return checked(link, clock, queryVersion(link));
    }

    private static StLinkVersion queryVersion(UsbBulkLink link) throws IOException {
        byte[] reply = exchange(link, StLinkCommands.getVersion(), StLinkCommands.VERSION_REPLY);
        StLinkVersion version = StLinkVersion.fromGetVersion(reply);
        if (version.needsApiV3Query()) {
            version = StLinkVersion.fromGetVersionApiV3(
                    exchange(link, StLinkCommands.getVersionApiV3(), StLinkCommands.VERSION_APIV3_REPLY));
        }
        return version;
    }

    private static StLink checked(UsbBulkLink link, DeviceClock clock, StLinkVersion version) throws IOException {
        if (version.major() < 2) {
            throw new StLinkException(link.name() + " is an ST-Link/V1, whose protocol Reclaim does not speak: use an"
                    + " ST-Link/V2 or newer.");
        }
        return new StLink(link, clock, version);
    }

    public StLinkVersion version() {
        return version;
    }

    public String name() {
        return link.name();
    }

    public StLinkMode currentMode() throws IOException {
        return StLinkMode.fromCode(exchange(StLinkCommands.getCurrentMode(), StLinkCommands.MODE_REPLY)[0]);
    }

    /**
     * Leaves DFU mode if the probe is in it (a V2 powers up there, and answers neither the target voltage nor SWD
     * commands until it leaves).
     */
    public void leaveDfuMode() throws IOException {
        if (currentMode() == StLinkMode.DFU) {
            exitDfu();
        }
    }

    /** Leaves DFU mode ({@code F3 07}); the probe sends no reply. */
    public void exitDfu() throws IOException {
        link.send(StLinkCommands.dfuExit(), TIMEOUT_MS);
    }

    /** Leaves SWIM (STM8) mode ({@code F4 01}); the probe sends no reply. */
    public void exitSwim() throws IOException {
        link.send(StLinkCommands.swimExit(), TIMEOUT_MS);
    }

    /** Leaves debug mode ({@code F2 21}); the probe sends no reply. */
    public void exitDebug() throws IOException {
        link.send(StLinkCommands.debugExit(), TIMEOUT_MS);
    }

    /**
     * The target's supply as the probe measures it on its VAPP/3V3 sense pin, in millivolts (2400 × reading / ref).
     * A probe too old to measure (V2 before J13) gives empty.
     */
    public OptionalInt targetVoltageMillivolts() throws IOException {
        if (!version.hasTargetVoltage()) {
            return OptionalInt.empty();
        }
        ByteBuffer b = le(exchange(StLinkCommands.getTargetVoltage(), StLinkCommands.VOLTAGE_REPLY));
        long ref = b.getInt(0) & 0xFFFFFFFFL;
        long reading = b.getInt(4) & 0xFFFFFFFFL;
        return OptionalInt.of(ref == 0 ? 0 : (int) (2400 * reading / ref));
    }

    /**
     * Sets the SWD clock to the fastest rate the probe offers that is not above {@code khz}.
     *
     * @return the rate set, in kHz
     */
    public int setSwdClock(int khz) throws IOException {
        if (version.isV3()) {
            List<Integer> rates = comFrequencies();
            int chosen = SwdClock.v3Choice(rates, khz)
                    .orElseThrow(() -> new StLinkException(link.name() + " lists no SWD frequencies."));
            check("set the SWD clock", exchange(StLinkCommands.setComFreq(chosen), StLinkCommands.SET_COM_FREQ_REPLY));
            return chosen;
        }
        if (!version.hasSwdDivisor()) {
            return SwdClock.DEFAULT_KHZ; // firmware before J22 runs at its fixed default
        }
        int[] entry = SwdClock.v2Divisor(khz);
        check("set the SWD clock", exchange(StLinkCommands.swdSetFreq(entry[1]), StLinkCommands.STATUS_REPLY));
        return entry[0];
    }

    private List<Integer> comFrequencies() throws IOException {
        byte[] reply = exchange(StLinkCommands.getComFreq(), StLinkCommands.GET_COM_FREQ_REPLY);
        check("list the SWD clocks", reply);
        ByteBuffer b = le(reply);
        int count = Math.min(b.get(8) & 0xFF, (reply.length - 12) / 4);
        List<Integer> rates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rates.add(b.getInt(12 + 4 * i));
        }
        return rates;
    }

    /** Enters SWD debug mode without resetting the target ({@code F2 30 A3}). */
    public void enterSwd() throws IOException {
        retryWhileWaiting("enter SWD mode", () -> {
            check("enter SWD mode", exchange(StLinkCommands.enterSwd(), StLinkCommands.STATUS_REPLY));
            return null;
        });
    }

    /** Holds the target in reset through the probe's RST pin ({@code low}), or lets it go. */
    public void driveNrst(boolean low) throws IOException {
        check(low ? "hold the target in reset" : "release the target's reset",
                exchange(StLinkCommands.driveNrst(low), StLinkCommands.STATUS_REPLY));
    }

    /** Waits on the session's clock (a reset line settling). */
    void pause(int millis) throws IOException {
        clock.sleepMillis(millis);
    }

    /** The SW-DP IDCODE (0x2BA01477 on an STM32F2). */
    public int readDpIdcode() throws IOException {
        byte[] reply = retryWhileWaiting("read the SWD IDCODE", () -> {
            byte[] r = exchange(StLinkCommands.readIdCodes(), StLinkCommands.IDCODES_REPLY);
            check("read the SWD IDCODE", r);
            return r;
        });
        return le(reply).getInt(4);
    }

    @Override
    public int readWord(long address) throws IOException {
        requireAligned(address, 4);
        String what = String.format("read 0x%08X", address);
        byte[] reply = retryWhileWaiting(what, () -> {
            byte[] r = exchange(StLinkCommands.readDebugReg(address), StLinkCommands.DEBUGREG_REPLY);
            check(what, r);
            return r;
        });
        return le(reply).getInt(4);
    }

    @Override
    public void writeWord(long address, int value) throws IOException {
        requireAligned(address, 4);
        String what = String.format("write 0x%08X", address);
        retryWhileWaiting(what, () -> {
            check(what, exchange(StLinkCommands.writeDebugReg(address, value), StLinkCommands.STATUS_REPLY));
            return null;
        });
    }

    /**
     * One write that is never repeated, for a request whose effect must not happen twice (a system reset: a WAIT
     * retry could reset the chip again and again). A WAIT answer is reported like any other failure.
     */
    public void writeWordOnce(long address, int value) throws IOException {
        requireAligned(address, 4);
        check(String.format("write 0x%08X", address),
                exchange(StLinkCommands.writeDebugReg(address, value), StLinkCommands.STATUS_REPLY));
    }

    /** Reads with 32-bit transfers where aligned and 8-bit transfers for unaligned ends. */
    @Override
    public byte[] read(long address, int length) throws IOException {
        byte[] out = new byte[length];
        for (MemoryTransfer transfer : MemoryTransfer.split(address, length, maxByteTransfer())) {
            byte[] part = transfer.words() ? readWordsOnce(transfer) : readBytesOnce(transfer);
            System.arraycopy(part, 0, out, (int) (transfer.address() - address), transfer.length());
        }
        return out;
    }

    /** Writes with 32-bit transfers where aligned and 8-bit transfers for unaligned ends. */
    public void write(long address, byte[] data) throws IOException {
        for (MemoryTransfer transfer : MemoryTransfer.split(address, data.length, maxByteTransfer())) {
            writeTransfer(transfer, data, (int) (transfer.address() - address));
        }
    }

    @Override
    public void writeWords(long address, byte[] data) throws IOException {
        requireAligned(address, 4);
        requireAligned(data.length, 4);
        write(address, data);
    }

    @Override
    public void writeBytes(long address, byte[] data) throws IOException {
        for (MemoryTransfer transfer : MemoryTransfer.bytes(address, data.length, maxByteTransfer())) {
            writeTransfer(transfer, data, (int) (transfer.address() - address));
        }
    }

    private int maxByteTransfer() {
        return version.maxByteTransfer();
    }

    private byte[] readWordsOnce(MemoryTransfer transfer) throws IOException {
        String what = String.format("read %d bytes at 0x%08X", transfer.length(), transfer.address());
        return retryWhileWaiting(what, () -> {
            byte[] data = exchange(StLinkCommands.readMem32(transfer.address(), transfer.length()), transfer.length());
            checkLastTransfer(what);
            return data;
        });
    }

    private byte[] readBytesOnce(MemoryTransfer transfer) throws IOException {
        String what = String.format("read %d bytes at 0x%08X", transfer.length(), transfer.address());
        return retryWhileWaiting(what, () -> {
            // A one-byte 8-bit read comes back as two bytes (OpenOCD works around the same firmware quirk).
            int replyLength = transfer.length() == 1 ? 2 : transfer.length();
            byte[] data = exchange(StLinkCommands.readMem8(transfer.address(), transfer.length()), replyLength);
            checkLastTransfer(what);
            return Arrays.copyOf(data, transfer.length());
        });
    }

    private void writeTransfer(MemoryTransfer transfer, byte[] data, int offset) throws IOException {
        String what = String.format("write %d bytes at 0x%08X", transfer.length(), transfer.address());
        byte[] payload = Arrays.copyOfRange(data, offset, offset + transfer.length());
        byte[] frame = transfer.words() ? StLinkCommands.writeMem32(transfer.address(), transfer.length())
                : StLinkCommands.writeMem8(transfer.address(), transfer.length());
        retryWhileWaiting(what, () -> {
            link.send(frame, TIMEOUT_MS);
            link.send(payload, TIMEOUT_MS);
            checkLastTransfer(what);
            return null;
        });
    }

    /** GETLASTRWSTATUS2 where the firmware has it (J15+, V3), else GETLASTRWSTATUS. */
    private void checkLastTransfer(String what) throws IOException {
        byte[] reply = version.hasRwStatus2()
                ? exchange(StLinkCommands.getLastRwStatus2(), StLinkCommands.RWSTATUS2_REPLY)
                : exchange(StLinkCommands.getLastRwStatus(), StLinkCommands.STATUS_REPLY);
        check(what, reply);
    }

    private void check(String what, byte[] reply) throws StLinkException {
        int status = reply[0] & 0xFF;
        if (!StLinkStatus.of(status).map(StLinkStatus::isSuccess).orElse(false)) {
            throw new StLinkException("Could not " + what + ": " + StLinkStatus.describe(status) + ".", status);
        }
    }

    private interface Attempt<T> {
        T run() throws IOException;
    }

    /** Repeats an attempt the target answered with WAIT, backing off 1, 2, 4 … ms (OpenOCD does the same). */
    private <T> T retryWhileWaiting(String what, Attempt<T> attempt) throws IOException {
        for (int retry = 0; ; retry++) {
            try {
                return attempt.run();
            } catch (StLinkException e) {
                boolean wait = e.status().stream().mapToObj(StLinkStatus::of)
                        .anyMatch(s -> s.map(StLinkStatus::isWait).orElse(false));
                if (!wait) {
                    throw e;
                }
                if (retry == WAIT_RETRIES) {
                    throw new StLinkException("Could not " + what + ": the target stayed busy through "
                            + WAIT_RETRIES + " retries. Reset the target, or lower the SWD clock.",
                            e.status().getAsInt());
                }
                clock.sleepMillis(1L << retry);
            }
        }
    }

    private byte[] exchange(byte[] frame, int replyLength) throws IOException {
        return exchange(link, frame, replyLength);
    }

    /** One command frame out, then exactly {@code replyLength} bytes in (several IN transfers if the probe splits). */
    private static byte[] exchange(UsbBulkLink link, byte[] frame, int replyLength) throws IOException {
        link.send(frame, TIMEOUT_MS);
        byte[] reply = new byte[replyLength];
        int got = 0;
        byte[] chunk = new byte[replyLength];
        while (got < replyLength) {
            int n = link.receive(chunk, replyLength - got, TIMEOUT_MS);
            if (n <= 0) {
                throw new StLinkException(link.name() + " sent an empty reply to command "
                        + String.format("0x%02X", frame[0] & 0xFF) + ".");
            }
            System.arraycopy(chunk, 0, reply, got, n);
            got += n;
        }
        return reply;
    }

    private static void requireAligned(long value, int alignment) {
        if (value % alignment != 0) {
            throw new IllegalArgumentException(String.format("0x%X is not a multiple of %d", value, alignment));
        }
    }

    private static ByteBuffer le(byte[] reply) {
        return ByteBuffer.wrap(reply).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() {
        link.close();
    }
}

package dev.reclaim.flash.bootloader;

import dev.reclaim.flash.Stm32F2;

import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A client of the STM32 USART system bootloader (ST AN3155) for the STM32F2, over any {@link ByteLink}.
 * One method per bootloader command this tool needs; there is deliberately no mass erase and no
 * (un)protect command. Commands that lose sync (timeout, garbage) are resynchronised and repeated when that is
 * safe; a NACK to a command code is a refusal and is reported, not retried.
 */
public final class Stm32Bootloader {
    static final int ACK = 0x79;
    static final int NACK = 0x1F;
    static final int SYNC = 0x7F;
    static final int CMD_GET = 0x00;
    static final int CMD_GET_VERSION = 0x01;
    static final int CMD_GET_ID = 0x02;
    static final int CMD_READ = 0x11;
    static final int CMD_GO = 0x21;
    static final int CMD_WRITE = 0x31;
    static final int CMD_EXTENDED_ERASE = 0x44;

    public static final int MAX_BLOCK = 256;
    private static final int SYNC_ATTEMPTS = 3;
    /** Longest frame the bootloader could be waiting to complete: an erase list of 256 sectors (2+512+1 bytes). */
    private static final int RESYNC_BUDGET = 600;
    private static final int RESYNC_CHUNK = 16;
    /** How long draining may last before a line that never goes quiet is reported as busy. */
    private static final int DRAIN_LIMIT_MILLIS = 1500;
    /**
     * Reads wait in slices of this length until their deadline. Always the same value, because changing a serial
     * port's timeout is a system call (tcsetattr) that would otherwise cost time on every byte.
     */
    private static final int READ_SLICE_MILLIS = 50;

    private final ByteLink link;
    private final BootloaderTimeouts timeouts;
    private final byte[] one = new byte[1];

    public Stm32Bootloader(ByteLink link, BootloaderTimeouts timeouts) {
        this.link = link;
        this.timeouts = timeouts;
    }

    public ByteLink link() {
        return link;
    }

    /**
     * Synchronises and identifies, as stm32flash does: 0x7F, Get Version, Get, Get ID.
     *
     * @throws BootloaderException with kind WRONG_CHIP for anything but an STM32F2 (product ID 0x411)
     */
    public BootloaderInfo connect() throws IOException {
        sync();
        int version = getVersion();
        List<Integer> commands = getCommands();
        int chipId = getId();
        if (chipId != Stm32F2.CHIP_ID) {
            throw new BootloaderException(BootloaderException.Kind.WRONG_CHIP, String.format(
                    "The chip on %s reports product ID 0x%03X, not 0x411 (STM32F2): it is not a Particle P1 or"
                    + " Photon. Reclaim only works on STM32F205 devices; check that the adapter is on the right board.",
                    link.name(), chipId));
        }
        for (int needed : new int[] {CMD_READ, CMD_WRITE, CMD_EXTENDED_ERASE}) {
            if (!commands.contains(needed)) {
                throw new BootloaderException(BootloaderException.Kind.WRONG_CHIP, String.format(
                        "The bootloader on %s does not offer command 0x%02X, which every STM32F2 bootloader has.",
                        link.name(), needed));
            }
        }
        return new BootloaderInfo(version, commands, chipId);
    }

    /**
     * Sends 0x7F until the bootloader answers. ACK: it just measured the baud rate. NACK: it was already
     * synchronised by an earlier session and took 0x7F as a bad command. No answer: it took our 0x7F as the first
     * byte of a command, so a second 0x7F completes an invalid command and draws a NACK. A 0x00 some adapters put
     * before the ACK is skipped.
     */
    public void sync() throws IOException {
        link.discardInput();
        if (syncBytes() || (feedFillerUntilAnswer() && realign())) {
            return;
        }
        throw new BootloaderException(BootloaderException.Kind.TIMEOUT, "No answer from an STM32 bootloader on "
                + link.name() + ". Check that BOOT0 was high during reset (or give the line sequence with -i), that"
                + " adapter TX goes to the device's RX (PA10) and RX to TX (PA9), the baud rate, and 8E1 framing."
                + " A device at read protection level 2 never answers.");
    }

    /**
     * The 0x7F rules; false when nothing answered, which may also mean a bootloader stuck inside a frame. (A 0x7F
     * that lands in a stuck write frame is programmed only if the frame's checksum then happens to match, the
     * same small risk stm32flash takes; the alternative, filler first, would delay every connection.)
     */
    private boolean syncBytes() throws IOException {
        for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
            writeByte(SYNC);
            int reply = readReply(timeouts.syncMillis() + timeouts.wireMillis(2), true);
            if (reply == ACK || reply == NACK) {
                return true;
            }
            if (reply >= 0) {
                drainQuietly();
            }
        }
        return false;
    }

    public int getVersion() throws IOException {
        return retrying("Get Version", () -> {
            command(CMD_GET_VERSION, "Get Version");
            byte[] reply = readExactly(3, timeouts.afterSending(3), "Get Version");
            expectAck("Get Version");
            return reply[0] & 0xFF;
        });
    }

    /** The Get command: the bootloader's list of supported command codes. */
    public List<Integer> getCommands() throws IOException {
        return retrying("Get", () -> {
            command(CMD_GET, "Get");
            int n = readExactly(1, timeouts.ackMillis(), "Get")[0] & 0xFF;
            byte[] rest = readExactly(n + 1, timeouts.afterSending(n + 1), "Get");
            expectAck("Get");
            List<Integer> codes = new ArrayList<>();
            for (int i = 1; i < rest.length; i++) {
                codes.add(rest[i] & 0xFF);
            }
            return codes;
        });
    }

    public int getId() throws IOException {
        return retrying("Get ID", () -> {
            command(CMD_GET_ID, "Get ID");
            int n = readExactly(1, timeouts.ackMillis(), "Get ID")[0] & 0xFF;
            byte[] pid = readExactly(n + 1, timeouts.afterSending(n + 1), "Get ID");
            expectAck("Get ID");
            int id = 0;
            for (byte b : pid) {
                id = (id << 8) | (b & 0xFF);
            }
            return id;
        });
    }

    /** Read Memory: 1 to 256 bytes from any address the bootloader allows. */
    public byte[] readMemory(long address, int length) throws IOException {
        if (length < 1 || length > MAX_BLOCK) {
            throw new IllegalArgumentException("a bootloader read is 1 to 256 bytes, not " + length);
        }
        String what = String.format("Read Memory at 0x%08X", address);
        return retrying(what, () -> {
            command(CMD_READ, what);
            sendAddress(address, what);
            int n = length - 1;
            link.write(new byte[] {(byte) n, (byte) ~n});
            expectAck(what);
            return readExactly(length, timeouts.afterSending(length), what);
        });
    }

    /**
     * Write Memory: up to 256 bytes at a 4-byte aligned address, length a multiple of 4 (pad with 0xFF, which
     * programs nothing). The bootloader ACKs once the bytes are programmed.
     */
    public void writeMemory(long address, byte[] data) throws IOException {
        if (data.length < 4 || data.length > MAX_BLOCK || data.length % 4 != 0 || address % 4 != 0) {
            throw new IllegalArgumentException("a bootloader write is 4 to 256 bytes, a multiple of 4, at a"
                    + " 4-byte aligned address; got " + data.length + " bytes at 0x" + Long.toHexString(address));
        }
        String what = String.format("Write Memory at 0x%08X", address);
        byte[] frame = new byte[data.length + 2];
        frame[0] = (byte) (data.length - 1);
        System.arraycopy(data, 0, frame, 1, data.length);
        frame[frame.length - 1] = checksum(frame, 0, frame.length - 1);
        retrying(what, () -> {
            command(CMD_WRITE, what);
            sendAddress(address, what);
            link.write(frame);
            expectAck(what, timeouts.afterSending(frame.length));
            return null;
        });
    }

    /** Extended Erase of the named sectors (0–11); the bootloader ACKs after the last one is erased. */
    public void eraseSectors(Collection<Integer> sectors) throws IOException {
        if (sectors.isEmpty()) {
            return;
        }
        List<Integer> list = List.copyOf(sectors);
        byte[] frame = new byte[2 + 2 * list.size() + 1];
        int n = list.size() - 1;
        frame[0] = (byte) (n >> 8);
        frame[1] = (byte) n;
        for (int i = 0; i < list.size(); i++) {
            int s = list.get(i);
            Stm32F2.sector(s);
            frame[2 + 2 * i] = (byte) (s >> 8);
            frame[3 + 2 * i] = (byte) s;
        }
        frame[frame.length - 1] = checksum(frame, 0, frame.length - 1);
        String what = "Extended Erase of sectors " + list;
        retrying(what, () -> {
            command(CMD_EXTENDED_ERASE, what);
            link.write(frame);
            expectAck(what, timeouts.afterSending(frame.length) + timeouts.eraseSectorMillis() * list.size());
            return null;
        });
    }

    /** Go: the bootloader jumps to the vector table at {@code address} (not retried: it may have left already). */
    public void go(long address) throws IOException {
        String what = String.format("Go to 0x%08X", address);
        command(CMD_GO, what);
        sendAddress(address, what);
    }

    // ---- framing ----

    private void command(int code, String what) throws IOException {
        int reply = sendCommand(code);
        if (reply == NACK) {
            // A NACK is either a refusal or the echo of a bootloader that was out of step (a late byte from an
            // exchange that timed out): only a second NACK after resynchronising is taken as an answer.
            resynchronise();
            reply = sendCommand(code);
        }
        if (reply == ACK) {
            return;
        }
        if (reply == NACK) {
            // AN3155: with RDP active the memory commands are refused right after the command code.
            boolean memory = code == CMD_READ || code == CMD_WRITE || code == CMD_EXTENDED_ERASE || code == CMD_GO;
            throw memory
                    ? new BootloaderException(BootloaderException.Kind.READ_PROTECTED, "The bootloader refused "
                            + what + ": the chip is read-protected (RDP level 1), which blocks every read and write.")
                    : new BootloaderException(BootloaderException.Kind.NACK, "The bootloader refused " + what + ".");
        }
        throw unexpected(reply, what);
    }

    private int sendCommand(int code) throws IOException {
        link.write(new byte[] {(byte) code, (byte) ~code});
        return readReply(timeouts.ackMillis(), false);
    }

    private void sendAddress(long address, String what) throws IOException {
        byte[] a = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address, 0};
        a[4] = checksum(a, 0, 4);
        link.write(a);
        int reply = readReply(timeouts.ackMillis(), false);
        if (reply == NACK) {
            throw new BootloaderException(BootloaderException.Kind.NACK, "The bootloader refused the address in "
                    + what + ": it is not a memory it lets you access.");
        }
        if (reply != ACK) {
            throw unexpected(reply, what);
        }
    }

    private void expectAck(String what) throws IOException {
        expectAck(what, timeouts.ackMillis());
    }

    private void expectAck(String what, int timeoutMillis) throws IOException {
        int reply = readReply(timeoutMillis, false);
        if (reply == NACK) {
            throw new BootloaderException(BootloaderException.Kind.NACK, "The bootloader answered NACK to " + what
                    + " (damaged frame, or a range it does not accept).");
        }
        if (reply != ACK) {
            throw unexpected(reply, what);
        }
    }

    private BootloaderException unexpected(int reply, String what) {
        return reply < 0
                ? new BootloaderException(BootloaderException.Kind.TIMEOUT, "No answer from the bootloader on "
                        + link.name() + " to " + what + ".")
                : new BootloaderException(BootloaderException.Kind.GARBAGE, String.format(
                        "Unexpected byte 0x%02X from the bootloader on %s in %s (expected ACK 0x79 or NACK 0x1F).",
                        reply, link.name(), what));
    }

    /** One reply byte, or -1 on timeout; optionally skips the stray 0x00 some adapters emit before an ACK. */
    private int readReply(int timeoutMillis, boolean skipZero) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return -1;
            }
            if (link.read(one, 0, 1, READ_SLICE_MILLIS) == 1) {
                int b = one[0] & 0xFF;
                if (!(skipZero && b == 0)) {
                    return b;
                }
            }
        }
    }

    private byte[] readExactly(int count, int timeoutMillis, String what) throws IOException {
        byte[] buf = new byte[count];
        int got = 0;
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (got < count) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new BootloaderException(BootloaderException.Kind.TIMEOUT, String.format(
                        "The bootloader on %s sent %d of %d bytes for %s, then stopped.", link.name(), got, count, what));
            }
            got += link.read(buf, got, count - got, READ_SLICE_MILLIS);
        }
        return buf;
    }

    private void writeByte(int b) throws IOException {
        link.write(new byte[] {(byte) b});
    }

    static byte checksum(byte[] data, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= data[i];
        }
        return (byte) x;
    }

    // ---- recovery ----

    private interface Exchange<T> {
        T run() throws IOException;
    }

    private <T> T retrying(String what, Exchange<T> exchange) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return exchange.run();
            } catch (BootloaderException e) {
                if (!e.lostSync() || attempt >= timeouts.retries()) {
                    throw e;
                }
                try {
                    resynchronise();
                } catch (BootloaderException lost) {
                    if (lost.kind() == BootloaderException.Kind.BUSY_LINE) {
                        throw lost; // explains the first symptom too
                    }
                    // the first symptom is the one that explains the trouble
                    e.addSuppressed(lost);
                    throw e;
                }
            }
        }
    }

    /**
     * Brings a bootloader that may be anywhere inside a command frame back to waiting for a command. It is fed 0xFF:
     * as write data that is the erased value and programs nothing, as an address or length it fails the checksum,
     * and as an erase count FF FF is the mass-erase code whose checksum must be 00, so it can never trigger one.
     * Once it answers, single bytes find the command boundary (a lone FF waits for its complement; a second one
     * draws NACK), and a Get ID must then come back whole, which no stale byte can fake. If it never answers it
     * may have reset into autobaud, so we sync again.
     */
    void resynchronise() throws IOException {
        drainQuietly();
        boolean inStep = feedFillerUntilAnswer() ? realign() : syncBytes();
        if (!inStep) {
            throw new BootloaderException(BootloaderException.Kind.GARBAGE, "Lost step with the bootloader on "
                    + link.name() + " and could not get it back; reset the device into its bootloader and try again.");
        }
    }

    /** Streams 0xFF (see {@link #resynchronise}) until the bootloader says anything; false if it never does. */
    private boolean feedFillerUntilAnswer() throws IOException {
        byte[] ff = new byte[RESYNC_CHUNK];
        Arrays.fill(ff, (byte) 0xFF);
        for (int sent = 0; sent < RESYNC_BUDGET; sent += RESYNC_CHUNK) {
            link.write(ff);
            if (link.read(one, 0, 1, 20 + timeouts.wireMillis(RESYNC_CHUNK)) == 1) {
                return true;
            }
        }
        return false;
    }

    /** After the filler drew an answer: find the command boundary and prove it with a Get ID. */
    private boolean realign() throws IOException {
        for (int round = 0; round < 3; round++) {
            drainQuietly();
            if (findCommandBoundary() && answersGetId()) {
                return true;
            }
        }
        return false;
    }

    /** Sends single 0xFF bytes until one completes a (bad) command pair and draws its NACK. */
    private boolean findCommandBoundary() throws IOException {
        for (int i = 0; i < 2; i++) {
            writeByte(0xFF);
            int reply = readReply(timeouts.ackMillis() / 4 + timeouts.wireMillis(2), false);
            if (reply == NACK) {
                return true;
            }
            if (reply >= 0) {
                return false;
            }
        }
        return false;
    }

    private boolean answersGetId() throws IOException {
        link.write(new byte[] {CMD_GET_ID, (byte) ~CMD_GET_ID});
        byte[] reply = new byte[5];
        int got = 0;
        long deadline = System.nanoTime() + (timeouts.ackMillis() + timeouts.wireMillis(7)) * 1_000_000L;
        while (got < reply.length && System.nanoTime() < deadline) {
            got += link.read(reply, got, reply.length - got, READ_SLICE_MILLIS);
        }
        return got == 5 && reply[0] == ACK && reply[1] == 1 && reply[4] == ACK;
    }

    /**
     * Reads and drops whatever arrives until the line has been quiet for a moment. A bootloader goes quiet after at
     * most one stale reply; a line that keeps talking past {@link #DRAIN_LIMIT_MILLIS} carries something else,
     * most likely the device's firmware logging on USART1 (the bootloader's pins), so this gives up and says so.
     */
    private void drainQuietly() throws IOException {
        byte[] sink = new byte[512];
        link.discardInput();
        int quietMillis = 50 + timeouts.wireMillis(16);
        long started = System.nanoTime();
        long deadline = started + (DRAIN_LIMIT_MILLIS + timeouts.wireMillis(RESYNC_BUDGET)) * 1_000_000L;
        long drained = 0;
        int n;
        while ((n = link.read(sink, 0, sink.length, quietMillis)) > 0) {
            drained += n;
            if (System.nanoTime() > deadline) {
                throw new BootloaderException(BootloaderException.Kind.BUSY_LINE, String.format("The line on %s never"
                        + " goes quiet (%d bytes in %d ms), so no STM32 bootloader is answering there: the device's"
                        + " firmware is most likely running and logging on the bootloader's pins. Hold BOOT0 high"
                        + " during reset (or give the reset sequence with -i, e.g. -i 'rts&dtr,-dtr:-rts&dtr,-dtr'),"
                        + " then try again.", link.name(), drained, (System.nanoTime() - started) / 1_000_000L));
            }
        }
    }
}

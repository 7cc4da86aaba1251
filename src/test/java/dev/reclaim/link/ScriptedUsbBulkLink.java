package dev.reclaim.link;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;

/**
 * An in-memory {@link UsbBulkLink} that plays a script: each OUT transfer must equal the next expected one, byte for
 * byte, and each IN transfer returns the next scripted reply. Protocol tests read like the reference's tables.
 */
public final class ScriptedUsbBulkLink implements UsbBulkLink {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    /** {@code bytes} null on an IN step: the device stays silent and the read times out. */
    private record Step(boolean out, byte[] bytes) {
    }

    private final Deque<Step> script = new ArrayDeque<>();
    private int transfers;
    private boolean closed;
    private boolean reset;

    /** Expects a 16-byte command frame: the given leading bytes, zero padded. */
    public ScriptedUsbBulkLink command(String hex) {
        return out(Arrays.copyOf(bytes(hex), 16));
    }

    /** Expects an OUT data phase of exactly these bytes. */
    public ScriptedUsbBulkLink out(byte[] data) {
        script.add(new Step(true, data));
        return this;
    }

    /** The next IN transfer times out: the device does not answer. */
    public ScriptedUsbBulkLink silence() {
        script.add(new Step(false, null));
        return this;
    }

    public ScriptedUsbBulkLink reply(String hex) {
        return reply(bytes(hex));
    }

    public ScriptedUsbBulkLink reply(byte[] data) {
        script.add(new Step(false, data));
        return this;
    }

    @Override
    public void send(byte[] data, int length, int timeoutMillis) throws IOException {
        transfers++;
        Step step = next("OUT " + HEX.formatHex(data, 0, Math.min(length, 16)));
        byte[] sent = Arrays.copyOf(data, length);
        if (!step.out || !Arrays.equals(step.bytes, sent)) {
            throw new AssertionError("transfer " + transfers + ": expected " + describe(step) + " but got OUT "
                    + HEX.formatHex(sent, 0, Math.min(sent.length, 32)));
        }
    }

    @Override
    public int receive(byte[] buffer, int length, int timeoutMillis) throws IOException {
        transfers++;
        Step step = next("IN of " + length + " bytes");
        if (step.out) {
            throw new AssertionError("transfer " + transfers + ": expected " + describe(step) + " but the client"
                    + " read " + length + " bytes");
        }
        if (step.bytes == null) {
            throw new LinkTimeoutException("scripted ST-Link did not answer within " + timeoutMillis + " ms.");
        }
        if (step.bytes.length > length) {
            throw new AssertionError("transfer " + transfers + ": the client read " + length + " bytes, the reply"
                    + " has " + step.bytes.length);
        }
        System.arraycopy(step.bytes, 0, buffer, 0, step.bytes.length);
        return step.bytes.length;
    }

    private Step next(String what) {
        if (script.isEmpty()) {
            throw new AssertionError("transfer " + transfers + " (" + what + ") is past the end of the script");
        }
        return script.poll();
    }

    private static String describe(Step step) {
        if (step.bytes == null) {
            return "IN that times out";
        }
        return (step.out ? "OUT " : "IN ") + HEX.formatHex(step.bytes, 0, Math.min(step.bytes.length, 32));
    }

    /** Fails unless every scripted step happened. */
    public void assertFinished() {
        if (!script.isEmpty()) {
            throw new AssertionError(script.size() + " scripted transfers did not happen; next: "
                    + describe(script.peek()));
        }
    }

    public int transfers() {
        return transfers;
    }

    public boolean closed() {
        return closed;
    }

    /** Whether the client reset the device on the bus ({@link #resetAndClose}). */
    public boolean wasReset() {
        return reset;
    }

    @Override
    public void resetAndClose() {
        reset = true;
        close();
    }

    @Override
    public String name() {
        return "scripted ST-Link";
    }

    @Override
    public void close() {
        closed = true;
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}

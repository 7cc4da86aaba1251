package dev.reclaim.flash.bootloader;

import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.SimulatedWire;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A misbehaving "bootloader" for error-path tests: it waits for each expected byte sequence and answers with the
 * scripted reply (or stays silent). Real devices produce these replies through broken wiring or the wrong chip;
 * the happy paths are tested against the simulator instead.
 */
final class ScriptedPeer implements AutoCloseable {
    private final SimulatedWire wire = SimulatedWire.unwired();
    private final List<byte[][]> script = new ArrayList<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Thread thread;

    ScriptedPeer on(byte[] expect, byte[] reply) {
        script.add(new byte[][] {expect, reply});
        return this;
    }

    ByteLink start() {
        thread = new Thread(this::run, "scripted-peer");
        thread.setDaemon(true);
        thread.start();
        return wire.hostEnd();
    }

    private void run() {
        ByteLink dev = wire.deviceEnd();
        byte[] buf = new byte[512];
        try {
            for (byte[][] step : script) {
                byte[] got = new byte[0];
                while (got.length < step[0].length) {
                    int n = dev.read(buf, 0, buf.length, 50);
                    received.write(buf, 0, n);
                    byte[] more = Arrays.copyOf(got, got.length + n);
                    System.arraycopy(buf, 0, more, got.length, n);
                    got = more;
                }
                if (!Arrays.equals(Arrays.copyOf(got, step[0].length), step[0])) {
                    return;
                }
                dev.write(step[1]);
            }
            while (true) {
                received.write(buf, 0, dev.read(buf, 0, buf.length, 50));
            }
        } catch (Exception e) {
            // wire closed: test over
        }
    }

    byte[] received() {
        return received.toByteArray();
    }

    static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Override
    public void close() {
        wire.deviceEnd().close();
        wire.hostEnd().close();
    }
}

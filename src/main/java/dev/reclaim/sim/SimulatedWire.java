package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.LinkClosedException;
import java.io.IOException;

/**
 * An in-process UART between a host and the simulated device, with the host's modem lines wired to the board the
 * way a two-transistor bootloader fixture does it: RTS asserted drives BOOT0 high, DTR asserted holds NRST low.
 * So stm32flash-style sequences work unchanged: entry {@code rts&dtr,-dtr}, exit {@code -rts&dtr,-dtr}.
 */
public final class SimulatedWire {
    /** The fixture's entry and exit sequence for this wiring, in stm32flash -i notation. */
    public static final String FIXTURE_SEQUENCE = "rts&dtr,-dtr:-rts&dtr,-dtr";

    private final ByteFifo toDevice = new ByteFifo("simulated UART (host to device)");
    private final ByteFifo toHost = new ByteFifo("simulated UART (device to host)");
    private final BoardPins pins;
    private final Device device = new Device();

    /** The board's BOOT0 and NRST pins as the fixture drives them. */
    public interface BoardPins {
        void setBoot0(boolean high);

        void setNrst(boolean high);
    }

    public SimulatedWire(BoardPins pins) {
        this.pins = pins;
    }

    /** A wire with nothing on the modem lines (a board strapped by jumpers). */
    public static SimulatedWire unwired() {
        return new SimulatedWire(null);
    }

    /** Plugs a host in; each call is a fresh plug that works until it is closed. */
    public ByteLink hostEnd() {
        return new Host();
    }

    public ByteLink deviceEnd() {
        return device;
    }

    /** One plug of the host's adapter: closing it is unplugging; a later {@link #hostEnd()} plugs in again. */
    private final class Host implements ByteLink {
        private volatile boolean unplugged;

        private void checkPlugged() throws LinkClosedException {
            if (unplugged) {
                throw new LinkClosedException("the simulated UART was unplugged");
            }
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            checkPlugged();
            toDevice.put(data, offset, length);
        }

        @Override
        public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
            checkPlugged();
            return toHost.take(buffer, offset, length, timeoutMillis);
        }

        @Override
        public void discardInput() {
            toHost.clear();
        }

        @Override
        public boolean setDtr(boolean asserted) {
            if (pins == null || unplugged) {
                return false;
            }
            pins.setNrst(!asserted);
            return true;
        }

        @Override
        public boolean setRts(boolean asserted) {
            if (pins == null || unplugged) {
                return false;
            }
            pins.setBoot0(asserted);
            return true;
        }

        @Override
        public String name() {
            return "simulated UART";
        }

        /** The device does not notice an unplugged adapter: it simply hears nothing more. */
        @Override
        public void close() {
            unplugged = true;
        }
    }

    private final class Device extends DeviceSidePort {
        Device() {
            super(toDevice, "simulated UART (device side)");
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            toHost.put(data, offset, length);
        }

        /** Powering the device off: the host sees the line go dead. */
        @Override
        public void close() {
            toDevice.close();
            toHost.close();
        }
    }
}

package dev.reclaim.link;

import com.fazecast.jSerialComm.SerialPort;
import dev.reclaim.progress.UnfinishedWork;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link ByteLink} over a real serial port or pseudo-terminal through jSerialComm. */
public final class SerialLink implements ByteLink {
    /** How long shutdown waits for unfinished work (a DCT write) before jSerialComm closes the ports. */
    private static final long FINISH_BEFORE_SHUTDOWN_MILLIS = 120_000;
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private final SerialPort port;
    private final String name;
    private int currentTimeout = -1;

    private SerialLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    /** A NoSuchFileException, so that every command can tell a wrong name (bad input) from a port that fails. */
    static final class NoSuchPortException extends NoSuchFileException {
        NoSuchPortException(String portName) {
            super(portName);
        }

        @Override
        public String getMessage() {
            return "No serial port '" + getFile() + "': check the name (see the device list) and the cable.";
        }
    }

    /**
     * Opens a port by system name ("/dev/ttyUSB0", "COM3") or path (a pty symlink).
     *
     * @throws IOException naming the port and what to check when it cannot be opened
     */
    public static SerialLink open(String portName, SerialSettings settings) throws IOException {
        SerialPort port;
        finishWorkBeforeShutdown();
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new NoSuchPortException(portName);
        }
        int parity = settings.parity() == SerialSettings.Parity.EVEN ? SerialPort.EVEN_PARITY : SerialPort.NO_PARITY;
        port.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, parity);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException(PortOpenFailure.message(portName, port.getLastErrorCode(), HostOs.current()));
        }
        return new SerialLink(port, portName);
    }

    /**
     * jSerialComm's own shutdown hook closes every port (Ctrl-C would cut a DCT write part-way); it first runs the
     * hooks given to it, one after the other, so one that waits for {@link UnfinishedWork} keeps the ports open
     * until the work is done.
     */
    private static void finishWorkBeforeShutdown() {
        if (HOOKED.compareAndSet(false, true)) {
            SerialPort.addShutdownHook(new Thread(() -> UnfinishedWork.awaitNone(FINISH_BEFORE_SHUTDOWN_MILLIS),
                    "reclaim-finish-before-closing-ports"));
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = port.writeBytes(data, length - done, offset + done);
            if (n < 0) {
                throw new LinkClosedException("Serial port '" + name + "' went away while writing.");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        if (timeoutMillis != currentTimeout) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, Math.max(1, timeoutMillis), 0);
            currentTimeout = timeoutMillis;
        }
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new LinkClosedException("Serial port '" + name + "' went away while reading.");
        }
        return n;
    }

    @Override
    public void discardInput() {
        port.flushIOBuffers();
    }

    @Override
    public boolean setDtr(boolean asserted) {
        return asserted ? port.setDTR() : port.clearDTR();
    }

    @Override
    public boolean setRts(boolean asserted) {
        return asserted ? port.setRTS() : port.clearRTS();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        port.closePort();
    }
}

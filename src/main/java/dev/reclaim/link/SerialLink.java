package dev.reclaim.link;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** A {@link ByteLink} over a real serial port or pseudo-terminal through jSerialComm. */
public final class SerialLink implements ByteLink {
    private final SerialPort port;
    private final String name;
    private int currentTimeout = -1;

    private SerialLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    /**
     * Opens a port by system name ("/dev/ttyUSB0", "COM3") or path (a pty symlink).
     *
     * @throws IOException naming the port and what to check when it cannot be opened
     */
    public static SerialLink open(String portName, SerialSettings settings) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new IOException("No serial port '" + portName + "': check the name (see the device list) and the cable.");
        }
        int parity = settings.parity() == SerialSettings.Parity.EVEN ? SerialPort.EVEN_PARITY : SerialPort.NO_PARITY;
        port.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, parity);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("Cannot open serial port '" + portName + "' (error " + port.getLastErrorCode()
                    + "): is it plugged in, used by another program, or do you lack permission"
                    + " (on Linux, join the 'dialout' group)?");
        }
        return new SerialLink(port, portName);
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

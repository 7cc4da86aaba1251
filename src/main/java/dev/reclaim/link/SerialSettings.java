package dev.reclaim.link;

/**
 * Line settings of a serial port. The STM32 bootloader needs 8E1; Device OS logs use 8N1.
 * Note that Linux pseudo-terminals ignore parity, so tests over a pty use 8N1 on both sides.
 */
public record SerialSettings(int baud, Parity parity) {
    public enum Parity { NONE, EVEN }

    public static final int DEFAULT_LOG_BAUD = 115200;

    public SerialSettings {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baud);
        }
    }

    public static SerialSettings log(int baud) {
        return new SerialSettings(baud, Parity.NONE);
    }

    public static SerialSettings bootloader(int baud) {
        return new SerialSettings(baud, Parity.EVEN);
    }

    /** Bits on the wire per byte: start + 8 data + parity + 1 stop. */
    public int bitsPerByte() {
        return parity == Parity.NONE ? 10 : 11;
    }

    /** The fastest a byte can arrive on a real wire at these settings. */
    public double bytesPerSecond() {
        return (double) baud / bitsPerByte();
    }
}

package dev.reclaim.link;

import java.io.IOException;

/**
 * The bulk endpoints of one USB device, as the ST-Link protocol uses them: one OUT pipe for commands and data, one
 * IN pipe for replies. Implemented over usb4java for real probes and in-process by the simulated ST-Link.
 *
 * <p>Every call is exactly one bulk transfer, so counting calls counts USB transfers. A probe that went away (cable
 * pulled, re-enumerated) throws {@link LinkClosedException} from then on; a transfer that did not finish in time throws
 * {@link LinkTimeoutException}.
 */
public interface UsbBulkLink extends AutoCloseable {

    /** Sends {@code length} bytes of {@code data} as one OUT bulk transfer. */
    void send(byte[] data, int length, int timeoutMillis) throws IOException;

    default void send(byte[] data, int timeoutMillis) throws IOException {
        send(data, data.length, timeoutMillis);
    }

    /**
     * Receives one IN bulk transfer of at most {@code length} bytes into the start of {@code buffer}.
     *
     * @return the number of bytes the device sent (it may send fewer than asked)
     */
    int receive(byte[] buffer, int length, int timeoutMillis) throws IOException;

    /** For messages: "ST-Link/V2 0669FF…" or "simulated ST-Link (healthy)". */
    String name();

    @Override
    void close();

    /**
     * Resets the device on the USB bus (it re-enumerates, as after a replug) and closes the link; for a probe whose
     * firmware stopped answering. A link that cannot reset its device just closes.
     */
    default void resetAndClose() {
        close();
    }
}

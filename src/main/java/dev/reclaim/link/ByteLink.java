package dev.reclaim.link;

import java.io.IOException;

/**
 * A bidirectional byte transport to a device: a serial port, a pseudo-terminal, or an in-memory twin in tests.
 * Reads take an explicit timeout because every protocol above this (bootloader, log follower) decides its own.
 */
public interface ByteLink extends AutoCloseable {

    /** Writes all bytes or throws; a link that went away throws {@link LinkClosedException}. */
    void write(byte[] data, int offset, int length) throws IOException;

    default void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    /**
     * Reads up to {@code length} bytes, waiting at most {@code timeoutMillis} for the first one.
     *
     * @return the number of bytes read, 0 when the timeout passed with nothing to read
     * @throws LinkClosedException when the other end is gone (port unplugged, pty closed)
     */
    int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException;

    /** Discards bytes already received but not yet read, e.g. before a protocol resynchronises. */
    void discardInput() throws IOException;

    /** Drives the DTR modem line; false when the link has no such line (a pty). */
    boolean setDtr(boolean asserted);

    /** Drives the RTS modem line; false when the link has no such line (a pty). */
    boolean setRts(boolean asserted);

    /** A name for messages: the port path or a description. */
    String name();

    @Override
    void close();
}

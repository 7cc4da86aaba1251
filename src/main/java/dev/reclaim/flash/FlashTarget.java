package dev.reclaim.flash;

import dev.reclaim.progress.ProgressListener;

import java.io.IOException;
import java.util.Collection;

/**
 * Something that can read and change an STM32F2's flash: the UART bootloader, an ST-Link, a simulator.
 * Implementations do only what they are asked; the safety rules live in {@link GuardedFlashTarget}.
 * Errors are {@link IOException}s whose message is written for the user.
 */
public interface FlashTarget extends AutoCloseable {

    /** Chip, device ID, flash size and protection state. */
    DeviceIdentity identity() throws IOException;

    /** Reads {@code length} bytes from {@code address} (any readable memory, not only flash). */
    byte[] read(long address, int length, ProgressListener progress) throws IOException;

    /** Erases whole sectors, named by number; there is deliberately no mass erase. */
    void eraseSectors(Collection<Integer> sectors, ProgressListener progress) throws IOException;

    /** Programs bytes into erased flash (programming can only clear bits); the caller verifies by reading back. */
    void write(long address, byte[] data, ProgressListener progress) throws IOException;

    /** For messages: "UART bootloader on /dev/ttyUSB0", "simulated P1 (keys-rejected)". */
    String description();

    /**
     * Makes sure the device runs its firmware once the target is closed, for a workflow that must see it boot (a
     * handshake after a write). Most targets reset it on {@link #close} anyway; a UART bootloader reached without
     * an exit line sequence is sent Go instead, as the "started with the Go command" asks.
     */
    default void startFirmwareOnClose() throws IOException {
    }

    /** Leaves the device as the target found it if it can (exit sequence), and releases the port. */
    @Override
    void close();
}

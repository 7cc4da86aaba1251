package dev.reclaim.link;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * The one native call under {@link Usb4JavaBulkLink}, with the contract libusb4java really has: the transfer's
 * length is {@code data.capacity()} ({@code GetDirectBufferCapacity} in libusb4java's {@code LibUsb.c}, 1.3.0
 * included) and the data starts at the buffer's address; position and limit are ignored. So the buffer handed in
 * must be exactly as large as the transfer. A seam so that contract is tested without a probe.
 */
@FunctionalInterface
interface BulkTransfer {
    /**
     * @param data         a direct buffer whose capacity is the transfer's length
     * @param transferred  receives the number of bytes moved
     * @return a libusb result code ({@code LibUsb.SUCCESS} = 0)
     */
    int transfer(byte endpoint, ByteBuffer data, IntBuffer transferred, long timeoutMillis);
}

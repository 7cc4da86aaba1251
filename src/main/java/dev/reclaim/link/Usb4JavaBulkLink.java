package dev.reclaim.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.usb4java.DeviceHandle;
import org.usb4java.LibUsb;

/** A {@link UsbBulkLink} to a real ST-Link through libusb (usb4java's low-level API); made by {@link StLinkProbes}. */
final class Usb4JavaBulkLink implements UsbBulkLink {
    private static final int INTERFACE = 0;

    private final BulkTransfer pipe;
    private final Release release;
    private final byte outEndpoint;
    private final byte inEndpoint;
    private final String name;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(8192);
    private final IntBuffer transferred = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asIntBuffer();
    private boolean gone;

    /** Lets go of the device handle. */
    @FunctionalInterface
    interface Release {
        /**
         * @param unplugged the probe went away: there is no interface left to release and nothing to reset
         * @param reset     reset the device on the bus first (it re-enumerates)
         */
        void release(boolean unplugged, boolean reset);
    }

    /** A link over an opened, claimed probe; closing releases the interface and closes the handle. */
    static Usb4JavaBulkLink over(DeviceHandle handle, StLinkProduct product, String name) {
        return new Usb4JavaBulkLink((endpoint, data, transferred, timeout) ->
                LibUsb.bulkTransfer(handle, endpoint, data, transferred, timeout), (unplugged, reset) -> {
            if (!unplugged) {
                LibUsb.releaseInterface(handle, INTERFACE);
                if (reset) {
                    LibUsb.resetDevice(handle);   // OpenOCD: release, reset, close, wait a second, open again
                }
            }
            LibUsb.close(handle);
        }, product, name);
    }

    Usb4JavaBulkLink(BulkTransfer pipe, Release release, StLinkProduct product, String name) {
        this.pipe = pipe;
        this.release = release;
        this.outEndpoint = (byte) product.family().outEndpoint();
        this.inEndpoint = (byte) product.family().inEndpoint();
        this.name = name;
    }

    @Override
    public void send(byte[] data, int length, int timeoutMillis) throws IOException {
        ByteBuffer b = exactly(length);
        b.put(0, data, 0, length);
        int sent = transfer(outEndpoint, b, timeoutMillis, "sending to");
        if (sent != length) {
            throw new IOException(name + " accepted only " + sent + " of " + length + " bytes.");
        }
    }

    @Override
    public int receive(byte[] into, int length, int timeoutMillis) throws IOException {
        ByteBuffer b = exactly(length);
        int n = transfer(inEndpoint, b, timeoutMillis, "reading from");
        b.get(0, into, 0, n);
        return n;
    }

    /**
     * A direct buffer of exactly {@code length} bytes: libusb4java takes the transfer's length from the capacity
     * (see {@link BulkTransfer}), so a larger buffer would send stale bytes, or ask for more than the reply and
     * never finish on a packet boundary. A slice of one reused buffer costs no allocation per transfer.
     */
    private ByteBuffer exactly(int length) {
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocateDirect(length);
        }
        return buffer.clear().limit(length).slice();
    }

    private int transfer(byte endpoint, ByteBuffer b, int timeoutMillis, String verb) throws IOException {
        if (gone) {
            throw new LinkClosedException(name + " was unplugged.");
        }
        transferred.clear();
        int rc = pipe.transfer(endpoint, b, transferred, timeoutMillis);
        if (rc == LibUsb.ERROR_NO_DEVICE) {
            gone = true;
            throw new LinkClosedException(name + " was unplugged while " + verb + " it.");
        }
        if (rc == LibUsb.ERROR_TIMEOUT) {
            throw new LinkTimeoutException(name + " did not answer within " + timeoutMillis + " ms while " + verb
                    + " it.");
        }
        if (rc != LibUsb.SUCCESS) {
            throw new IOException("USB error " + verb + " " + name + ": " + LibUsb.strError(rc));
        }
        return transferred.get(0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        release.release(gone, false);
    }

    @Override
    public void resetAndClose() {
        release.release(gone, true);
    }

    static int claimInterface(DeviceHandle handle) {
        LibUsb.setAutoDetachKernelDriver(handle, true);
        return LibUsb.claimInterface(handle, INTERFACE);
    }
}

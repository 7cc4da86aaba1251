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

    private final DeviceHandle handle;
    private final byte outEndpoint;
    private final byte inEndpoint;
    private final String name;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(8192);
    private final IntBuffer transferred = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asIntBuffer();
    private boolean gone;

    Usb4JavaBulkLink(DeviceHandle handle, StLinkProduct product, String name) {
        this.handle = handle;
        this.outEndpoint = (byte) product.family().outEndpoint();
        this.inEndpoint = (byte) product.family().inEndpoint();
        this.name = name;
    }

    @Override
    public void send(byte[] data, int length, int timeoutMillis) throws IOException {
        ByteBuffer b = buffer(length);
        b.put(data, 0, length).flip();
        int sent = transfer(outEndpoint, b, timeoutMillis, "sending to");
        if (sent != length) {
            throw new IOException(name + " accepted only " + sent + " of " + length + " bytes.");
        }
    }

    @Override
    public int receive(byte[] into, int length, int timeoutMillis) throws IOException {
        ByteBuffer b = buffer(length);
        b.limit(length);
        int n = transfer(inEndpoint, b, timeoutMillis, "reading from");
        b.rewind();
        b.get(into, 0, n);
        return n;
    }

    private ByteBuffer buffer(int length) {
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocateDirect(length);
        }
        buffer.clear();
        return buffer;
    }

    private int transfer(byte endpoint, ByteBuffer b, int timeoutMillis, String verb) throws IOException {
        if (gone) {
            throw new LinkClosedException(name + " was unplugged.");
        }
        transferred.clear();
        int rc = LibUsb.bulkTransfer(handle, endpoint, b, transferred, timeoutMillis);
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
        if (!gone) {
            LibUsb.releaseInterface(handle, INTERFACE);
        }
        LibUsb.close(handle);
    }

    static int claimInterface(DeviceHandle handle) {
        LibUsb.setAutoDetachKernelDriver(handle, true);
        return LibUsb.claimInterface(handle, INTERFACE);
    }
}

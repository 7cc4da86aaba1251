package dev.reclaim.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of the native call: libusb4java takes a transfer's length from the buffer's capacity and its data
 * from the buffer's address, whatever position and limit say. What reaches libusb must have exactly the caller's
 * length and bytes, for sends and receives, including whole 64- and 512-byte packets.
 */
class Usb4JavaBulkLinkTest {

    /** Behaves as libusb4java's {@code bulkTransfer} does: capacity is the length, index 0 the first byte. */
    private static final class NativeLikePipe implements BulkTransfer {
        final List<Integer> lengths = new ArrayList<>();
        final List<Byte> endpoints = new ArrayList<>();
        byte[] lastSent;
        byte[] deviceData = new byte[0];

        @Override
        public int transfer(byte endpoint, ByteBuffer data, IntBuffer transferred, long timeoutMillis) {
            assertTrue(data.isDirect(), "libusb4java needs a direct buffer");
            int length = data.capacity();
            ByteBuffer memory = data.duplicate().clear();   // native code sees the whole buffer, not its limit
            lengths.add(length);
            endpoints.add(endpoint);
            if ((endpoint & 0x80) == 0) {
                lastSent = new byte[length];
                for (int i = 0; i < length; i++) {
                    lastSent[i] = memory.get(i);
                }
                transferred.put(0, length);
            } else {
                // A device that has this much to say fills the IN transfer up to its length, never further.
                int n = Math.min(length, deviceData.length);
                for (int i = 0; i < n; i++) {
                    memory.put(i, deviceData[i]);
                }
                transferred.put(0, n);
            }
            return 0;
        }
    }

    private static Usb4JavaBulkLink link(NativeLikePipe pipe) {
        return new Usb4JavaBulkLink(pipe, (gone, reset) -> { }, StLinkProduct.V2, "test probe");
    }

    private static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 16, 63, 64, 65, 128, 511, 512, 513, 1024, 4096, 6144, 8192, 10000})
    void aSendReachesLibusbWithExactlyTheCallersLengthAndBytes(int length) throws IOException {
        NativeLikePipe pipe = new NativeLikePipe();
        Usb4JavaBulkLink link = link(pipe);
        link.send(random(8192, 1), 8192, 1000);       // a large transfer first leaves a large buffer behind
        byte[] data = random(length + 7, length);
        link.send(data, length, 1000);
        assertEquals(length, pipe.lengths.get(1));
        assertArrayEquals(java.util.Arrays.copyOf(data, length), pipe.lastSent);
        assertEquals((byte) 0x02, pipe.endpoints.get(1), "a V2 sends on endpoint 0x02");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 12, 63, 64, 65, 512, 1024, 4096, 6144, 8192, 10000})
    void aReceiveAsksLibusbForExactlyTheCallersLength(int length) throws IOException {
        NativeLikePipe pipe = new NativeLikePipe();
        Usb4JavaBulkLink link = link(pipe);
        pipe.deviceData = random(8192, 2);
        link.receive(new byte[8192], 8192, 1000);
        pipe.deviceData = random(length + 100, length);
        byte[] into = new byte[length + 100];
        int n = link.receive(into, length, 1000);
        assertEquals(length, pipe.lengths.get(1));
        assertEquals(length, n);
        assertArrayEquals(java.util.Arrays.copyOf(pipe.deviceData, length), java.util.Arrays.copyOf(into, length));
        assertEquals((byte) 0x81, pipe.endpoints.get(1));
    }

    @org.junit.jupiter.api.Test
    void aShortReplyIsReturnedWithItsLength() throws IOException {
        NativeLikePipe pipe = new NativeLikePipe();
        pipe.deviceData = new byte[] {(byte) 0x80, 0};
        byte[] into = new byte[64];
        assertEquals(2, link(pipe).receive(into, 64, 1000));
        assertEquals((byte) 0x80, into[0]);
    }
}

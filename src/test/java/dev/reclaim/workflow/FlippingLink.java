package dev.reclaim.workflow;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.ForwardingByteLink;
import java.io.IOException;

/**
 * A relay between the host and the device that flips one bit of byte number {@code victim} (counting from 1) of
 * what the device sends, as a noisy line would; with no victim it only counts, so a run can be measured first.
 */
final class FlippingLink extends ForwardingByteLink {
    private final long victim;
    private long received;

    FlippingLink(ByteLink inner, long victim) {
        super(inner);
        this.victim = victim;
    }

    long received() {
        return received;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        int n = inner.read(buffer, offset, length, timeoutMillis);
        if (victim > received && victim <= received + n) {
            buffer[offset + (int) (victim - received - 1)] ^= 0x10;
        }
        received += Math.max(n, 0);
        return n;
    }
}
